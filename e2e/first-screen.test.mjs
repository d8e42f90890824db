// The first screen in index.html (crates/first-screen): what a visitor reads before the app has
// started (slow network) and without JavaScript, in the language the page will start in; the
// app's mount replaces it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, ready, controlled, violations, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/**
 * What the visible first screen says: its language, the heading (in the static header, which
 * stays), its programs and source links, and the line shown without JavaScript.
 */
function firstScreen(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('.first-screen')].filter((e) => e.checkVisibility());
    const headings = [...document.querySelectorAll('h1')].filter((e) => e.checkVisibility());
    return shown.map((e) => ({
      lang: e.lang,
      heading: headings.map((h) => `${h.closest('[lang]').lang}: ${h.textContent}`).join(' | '),
      programs: [...e.querySelectorAll('dt')].map((d) => d.textContent),
      links: [...e.querySelectorAll('a')].filter((a) => a.checkVisibility()).map((a) => a.href),
      noscript: [...e.querySelectorAll('.fatal')].filter((p) => p.checkVisibility()).map((p) => p.textContent),
    }));
  });
}

/** Holds the page's wasm back until `release()` is called: the page as a slow network shows it. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/eligibility-web-*_bg.wasm', async (route) => { await released; await route.continue(); });
  return () => release();
}

test('without JavaScript the first screen reads in English, with the programs, the dated sources and one line saying the checker needs JavaScript', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    await page.goto(env.server.url);
    const [shown, ...more] = await firstScreen(page);
    assert.equal(more.length, 0, 'one language shown');
    assert.equal(shown.lang, 'en');
    assert.equal(shown.heading, 'en: Partner program eligibility checker');
    assert.match(await page.innerText('#site-footer'), /^Based on Microsoft's public documentation[\s\S]*\nVersion \d+\.\d+\.\d+ \(/);
    assert.deepEqual(shown.programs, ['Co-sell', 'Marketplace Rewards', 'Azure Partner Shared Services', 'Storefront', 'Lead sharing']);
    assert.equal(shown.links.length, 5);
    assert.ok(shown.links.every((l) => l.startsWith('https://docs.microsoft.com/')), shown.links.join());
    assert.equal(shown.noscript.length, 1);
    assert.match(shown.noscript[0], /needs JavaScript and WebAssembly/);
    assert.match(await page.locator('.first-screen[lang="en"]').innerText(), /changed since[\s\S]*5 June 2018/);
    await page.screenshot({ path: `${OUT}/first-screen-nojs-${viewport.width}.png`, fullPage: true });
    await context.close();
  }
});

test('before the app starts the first screen shows in the language the page starts in, has no control, and passes axe; the app then replaces it', async () => {
  const visits = [
    { name: 'browser in English', locale: 'en-US', query: '', lang: 'en', heading: 'Partner program eligibility checker' },
    { name: '?lang=nl', locale: 'en-US', query: '?lang=nl', lang: 'nl', heading: "Controle op geschiktheid voor partnerprogramma's" },
    { name: 'browser in Dutch', locale: 'nl-NL', query: '', lang: 'nl', heading: "Controle op geschiktheid voor partnerprogramma's" },
  ];
  for (const visit of visits) {
    const context = await env.browser.newContext({ locale: visit.locale, viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(`${env.server.url}${visit.query}`);
    await page.waitForSelector(`.first-screen[lang="${visit.lang}"] dt`, { state: 'visible' });
    const [shown, ...more] = await firstScreen(page);
    assert.equal(more.length, 0, `${visit.name}: one language shown`);
    assert.equal(shown.lang, visit.lang, visit.name);
    assert.equal(shown.heading, `${visit.lang}: ${visit.heading}`, visit.name);
    assert.deepEqual(shown.noscript, [], `${visit.name}: no JavaScript line when it runs`);
    assert.equal(await page.locator('#app input, #app button, #app select, #app [data-status]').count(), 0, `${visit.name}: no control, no status`);
    assert.deepEqual(await violations(page), [], `${visit.name}: axe`);
    await page.screenshot({ path: `${OUT}/first-screen-${visit.lang}-${visit.name.replace(/\W+/g, '-')}.png` });
    release();
    await ready(page);
    assert.equal(await page.locator('.first-screen').count(), 0, `${visit.name}: replaced by the app`);
    assert.equal(await page.locator('h1:visible').count(), 1, `${visit.name}: one heading`);
    assert.equal(await page.locator('h1:visible').innerText(), visit.heading, `${visit.name}: the app starts in the same language`);
    await context.close();
  }
});

test('a language chosen earlier is the first screen\'s language on the next visit, the service worker in control', async () => {
  const { context, page } = await openPage(env, { locale: 'en-US' });
  await ready(page);
  await controlled(page);
  await page.click('#lang-nl');
  await page.waitForFunction(() => localStorage.getItem('eligibility-checker.lang') === 'nl');
  // The service worker answers the returning visit from its cache, before any route could hold
  // the wasm back: the first screen is read as it is first painted, once the HTML is parsed and
  // the stylesheet (which says which language shows) applied, before the app runs (deferred
  // scripts and the app's module wait for the stylesheet).
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const read = () => {
        window.__firstShown = [...document.querySelectorAll('.first-screen')].filter((e) => e.checkVisibility()).map((e) => e.lang);
      };
      const style = document.querySelector('link[rel="stylesheet"]');
      if (style.sheet) read(); else style.addEventListener('load', read, { once: true });
    });
  });
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker answered');
  assert.deepEqual(await page.evaluate(() => window.__firstShown), ['nl']);
  assert.equal(await page.locator('#lang-nl').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('nothing but the stylesheet stands before the first paint: the first screen shows in the chosen language while every script file is held back', async () => {
  // Every script file and the wasm held until released: were any of them parser-blocking, the
  // first screen could not show.
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/\.(js|wasm)$/, async (route) => { await released; await route.continue(); });
  await page.goto(`${env.server.url}?lang=nl`, { waitUntil: 'commit' });
  await page.waitForSelector('.first-screen[lang="nl"] dt', { state: 'visible' });
  const [shown, ...more] = await firstScreen(page);
  assert.equal(more.length, 0, 'one language shown');
  assert.equal(shown.lang, 'nl', 'the language chosen by the inline script, from ?lang=');
  // The head's scripts: the inline language choice (allowed by its hash in the policy) and
  // scripts that wait for the parser (deferred or modules), nothing else.
  const scripts = await page.evaluate(() => [...document.head.querySelectorAll('script')]
    .map((s) => (s.src ? `src ${s.defer ? 'defer' : s.type === 'module' ? 'module' : 'blocking'}` : `inline ${s.type || 'classic'}`)));
  assert.deepEqual(scripts.filter((s) => s === 'src blocking'), [], scripts.join());
  assert.deepEqual(scripts.filter((s) => s === 'inline classic'), ['inline classic'], `one inline classic script: ${scripts.join()}`);
  release();
  await ready(page);
  assert.equal(await page.locator('h1:visible').innerText(), "Controle op geschiktheid voor partnerprogramma's");
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'the inline script is allowed by the policy');
  assert.deepEqual(errors, []);
  await context.close();
});
