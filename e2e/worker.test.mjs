// The page as visitors run it, with the service worker in control: every tool, the JS API and
// share links work on a first visit, on a returning visit and offline (the server stopped, not
// an emulated offline mode, which does not reliably reach the worker's own fetches); a tab left
// open while a new build is published keeps its own build's files and is offered the new
// version; a returning visitor gets the new build on the next visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { launch } from './browser.mjs';
import { ready, yes, controlled, OUT, DIST } from './helpers.mjs';
import { copyBuild, buildId, republish, lookForUpdate, takeUpdate, cacheGone } from './publish.mjs';

let browser;
before(async () => { browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); });

/**
 * A host of its own (a copy of the build) on a fixed port, so it can be stopped and started again;
 * stopped after test `t` whatever its outcome (stopping twice is harmless).
 */
async function host(t) {
  const dir = copyBuild(DIST);
  let server = await serve(dir);
  t.after(() => server.close());
  const port = new URL(server.url).port;
  return {
    dir,
    get url() { return server.url; },
    stop: () => server.close(),
    start: async () => { server = await serve(dir, { port: Number(port) }); },
  };
}

/** A visitor's browser profile (a context), the service worker allowed; errors are collected. */
async function visitor() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
  const errors = [];
  const open = async (url) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await ready(page);
    return page;
  };
  return { context, errors, open };
}

/**
 * A host of its own and a visitor whose first visit is now controlled by the worker (`page`), both
 * ended after test `t` whatever its outcome.
 */
async function firstVisit(t) {
  const site = await host(t);
  const { context, errors, open } = await visitor();
  t.after(() => context.close());
  const page = await open(`${site.url}#/co-sell`);
  await controlled(page);
  return { site, context, errors, open, page };
}

/** Every tool of the action bar, the share link and the JS API, used once; throws on the first failure. */
async function useEveryTool(page) {
  await yes(page, 'partner-hasMpnId');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-record')]);
  assert.match(download.suggestedFilename(), /^eligibility-record-/);
  await page.waitForSelector('#record-saved');
  await page.keyboard.press('Escape');
  for (const [button, shown] of [['#open-record', '#tools-file'], ['#batch', '#tools-file'], ['#compare', '#compare-coSell']]) {
    await page.click(button);
    await page.waitForSelector(shown);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#tools', { state: 'hidden' });
  }
  await page.click('#share-link');
  await page.waitForSelector('#share-url');
  assert.match(await page.inputValue('#share-url'), /#\/co-sell\?v=1&a=/);
  const api = await page.evaluate(async () => ({
    status: (await window.wasmBindings.evaluate({ partner: { hasMpnId: true } }, { asOf: '2021-03-15' })).coSell.status,
    link: await window.wasmBindings.shareLink({}, { asOf: '2021-03-15' }),
  }));
  assert.equal(api.status, 'not-co-sell-ready');
  assert.match(api.link, /^#\/\?v=1&a=/);
}

test('with the service worker in control, every tool, the share link and the JS API work', async (t) => {
  const { site, context, errors, open, page: first } = await firstVisit(t);
  await useEveryTool(first);
  // A returning visit: a new tab of the same browser, served by the worker.
  const again = await open(`${site.url}#/co-sell`);
  assert.ok(await again.evaluate(() => !!navigator.serviceWorker.controller), 'the worker serves the returning visit');
  await useEveryTool(again);
  assert.deepEqual(errors, []);
  await context.close();
  await site.stop();
});

test('a returning visitor opens a share link: at once without answers of their own, after asking with them', async (t) => {
  const link = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'eligibility-cli', '--', 'link', '-', '--part', 'rewards', '--as-of', '2026-11-26'],
    { input: '{"partner":{"hasMpnId":false}}', encoding: 'utf8' }).trim();
  const { site, context, errors, open, page: first } = await firstVisit(t);
  await first.close();
  // Returning, nothing answered (the empty form is saved too): no question.
  const returning = await open(`${site.url}${link}`);
  await returning.waitForSelector('#undo-notice');
  assert.equal(await returning.isChecked('#partner-hasMpnId-no'), true);
  assert.equal(await returning.evaluate(() => location.hash), '#/rewards');
  await returning.close();
  // Returning with answers of their own: asked; keeping them keeps them.
  const own = await open(`${site.url}#/co-sell`);
  await yes(own, 'partner-hasMpnId');
  await own.close();
  const asked = await open(`${site.url}${link}`);
  await asked.waitForSelector('#link-question');
  assert.equal(await asked.isChecked('#partner-hasMpnId-yes'), true, 'own answers still in the form');
  await asked.click('#link-open');
  await asked.waitForSelector('#undo-notice');
  assert.equal(await asked.isChecked('#partner-hasMpnId-no'), true);
  // A link pasted into the open tab is opened too.
  await asked.click('#undo');
  await asked.evaluate((fragment) => { location.hash = fragment; }, link.slice(1));
  await asked.waitForSelector('#link-question');
  assert.deepEqual(errors, []);
  await context.close();
  await site.stop();
});

test('after the first visit, the page, its tools, share links and the JS API work with the server gone', async (t) => {
  const { site, context, errors, open, page: first } = await firstVisit(t);
  await site.stop();
  await first.reload();
  await ready(first);
  await useEveryTool(first);
  const url = await first.inputValue('#share-url');
  const reopened = await open(url);
  await reopened.waitForSelector('#link-question');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tab open across a publish keeps its own build\'s tools, is offered the new version, and a new visit gets it', async (t) => {
  const { site, context, errors, open, page: tab } = await firstVisit(t);
  const oldId = buildId(site.dir);
  const { id: newId, removed } = republish(site.dir);
  assert.notEqual(newId, oldId);
  assert.ok(removed.some((f) => f.startsWith('eligibility-tools')), 'the old tools module is gone from the host');

  // The open tab's tools come from its own build (cached), though the host no longer has them.
  await tab.click('#batch');
  await tab.waitForSelector('#tools-file');
  await tab.keyboard.press('Escape');
  // The tab looks for a new build (as it does when shown again after an hour): it is offered.
  await lookForUpdate(tab);
  assert.match(await tab.textContent('#update-notice'), /new version/);
  await tab.screenshot({ path: `${OUT}/update-notice.png` });
  await takeUpdate(tab);
  assert.equal(await tab.getAttribute('meta[name="eligibility-build"]', 'content'), newId, 'Reload brings the new build');
  await tab.click('#batch');
  await tab.waitForSelector('#tools-file');
  await tab.close();

  // A returning visitor with no tab open gets the new build on the next visit.
  const next = await open(`${site.url}#/co-sell`);
  assert.equal(await next.getAttribute('meta[name="eligibility-build"]', 'content'), newId);
  // Once no page of the old build is open, its cache goes.
  await cacheGone(next, oldId);
  assert.deepEqual(errors, []);
  await context.close();
  await site.stop();
});

test('a page that is already of the new build lets the new worker take over at once, without a notice', async (t) => {
  const { site, context, errors, open, page: old } = await firstVisit(t);
  await old.close();
  const { id: newId } = republish(site.dir);
  // The next visit runs the new build (the page is fetched from the network) while the old worker
  // still controls it; the new worker installs and the page tells it to take over.
  const fresh = await open(`${site.url}#/co-sell`);
  await fresh.waitForFunction((id) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data === id);
    navigator.serviceWorker.controller?.postMessage({ type: 'build?' }, [channel.port2]);
    setTimeout(() => resolve(false), 500);
  }), newId, { timeout: 15_000, polling: 500 });
  assert.equal(await fresh.locator('#update-notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
  await site.stop();
});
