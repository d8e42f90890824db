// Security and privacy of the release page: a strict Content-Security-Policy with no violation,
// requests only for the page's own files and none while answering, typed markup shown as text,
// and a friendly message when the wasm cannot load or traps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, ready, answerAzureVm, builtFiles, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the page carries a strict Content-Security-Policy and violates none of it', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const part of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-", "style-src 'self'", "connect-src 'self'",
    "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(policy.includes(part), `policy has ${part}: ${policy}`);
  }
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
    assert.ok(!policy.split(/\s+/).includes(loose), `policy must not allow ${loose}`);
  }
  await answerAzureVm(page);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  // The policy is enforced: an injected inline script does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
  });
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  // The violation event is queued as a task of its own: wait for it (up to 2 s), then count.
  await page.waitForFunction(() => window.__csp.length > 0, null, { timeout: 2000 }).catch(() => {});
  assert.equal((await page.evaluate(() => window.__csp)).length, 1, 'the blocked script is reported');
  assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await context.close();
});

test('the page asks only for its own files, and nothing at all while the user answers', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const own = new Set(['/', ...builtFiles()]);
  const origin = new URL(env.server.url).origin;
  for (const url of log.requests) {
    const u = new URL(url);
    assert.equal(u.origin, origin, `request outside the origin: ${url}`);
    assert.ok(own.has(u.pathname), `request for a file that is not part of the build: ${url}`);
  }
  const before = log.requests.length;
  await answerAzureVm(page);
  await page.click('#lang-nl');
  await page.click('#lang-en');
  await page.waitForTimeout(200);
  assert.deepEqual(log.requests.slice(before), [], 'no request while answering');
  await context.close();
});

test('markup typed into text fields is shown as text, never run', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  const attacks = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
  await page.check('#partner-hasMpnId-yes');
  await page.click('#contact-add');
  for (const attack of attacks) {
    await page.fill('#offer-name', attack);
    await page.fill('#partner-mpnId', attack);
    await page.fill('#contact-0-name', attack);
    await page.fill('#partner-azureConsumedRevenueUsd', attack);
    await page.press('#partner-azureConsumedRevenueUsd', 'Tab');
    assert.equal(await page.textContent('#offer-name-shown'), attack);
    assert.equal(await page.textContent('#contact-0 h4'), `Contact 1: ${attack}`);
    assert.equal(await page.inputValue('#partner-mpnId'), attack);
    assert.match(await page.textContent('#partner-azureConsumedRevenueUsd-error'), /not a number/);
  }
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#app img').count(), 0, 'no element was created from the text');
  assert.deepEqual(log.dialogs, [], 'no script ran');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a wasm module that cannot load gives a friendly message, not a blank page', async () => {
  for (const [how, route] of [
    ['blocked', (p) => p.route('**/*.wasm', (r) => r.abort())],
    ['broken', (p) => p.route('**/*.wasm', (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }))],
    ['missing script', (p) => p.route('**/eligibility-web-*.js', (r) => r.fulfill({ status: 404, body: 'gone' }))],
  ]) {
    const { context, page } = await openPage(env, { route });
    const fatal = page.locator('#fatal[role="alert"]');
    await fatal.waitFor({ timeout: 10_000 });
    assert.match(await fatal.textContent(), /could not start/, how);
    assert.equal(await page.locator('#fatal button').textContent(), 'Reload');
    assert.equal(await page.locator('#app[data-ready]').count(), 0, how);
    if (how === 'blocked') await page.screenshot({ path: `${OUT}/fatal-load.png` });
    await context.close();
  }
});

test('a trap in the running wasm gives a friendly message in the page language', async () => {
  const { context, page } = await openPage(env, { locale: 'nl-NL' });
  // Trunk's loader hands the module's exports to this event; keep them to force a real trap.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__exports = e.detail.wasm; }));
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  // An ordinary script error after start-up is not a trap and shows nothing.
  await page.evaluate(() => setTimeout(() => { throw new TypeError('not ours'); }));
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#fatal').count(), 0);
  // Asking the module's allocator for almost 4 GiB makes Rust abort: a genuine `unreachable` trap
  // inside our wasm, thrown outside any handler as a real failure would be.
  const trap = await page.evaluate(() => new Promise((resolve) => {
    addEventListener('error', (e) => resolve(`${e.error?.constructor?.name}: ${e.error?.message}`), { once: true });
    setTimeout(() => window.__exports.__wbindgen_malloc(0xfffffff0, 8));
  }));
  assert.match(trap, /^RuntimeError: unreachable/);
  const fatal = page.locator('#fatal[role="alert"]');
  await fatal.waitFor({ timeout: 5_000 });
  assert.match(await fatal.textContent(), /Er ging iets mis/);
  assert.equal(await page.getAttribute('#app', 'inert'), '', 'the broken app no longer takes input');
  await page.screenshot({ path: `${OUT}/fatal-trap.png` });
  await context.close();
});
