// The same release build under a sub-path of a host (as a GitHub Pages project site or a folder on
// an intranet server serves it), service worker allowed: the page loads and gives a status, a
// share link made there opens there in a fresh browser, and the page reloads with the server gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../scripts/serve.mjs';
import { launch } from './browser.mjs';
import { ready, yes, controlled, DIST } from './helpers.mjs';

const AT = '/checker/app/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('under a sub-path: the page, a status, a share link round trip and an offline reload', async (t) => {
  const server = await serve(DIST, { at: AT });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
  // Ended whatever the outcome (closing twice is harmless).
  t.after(() => Promise.all([server.close(), context.close()]));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = [];
  const requests = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}#/co-sell`);
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  assert.equal(await page.getAttribute('#check-CS-01', 'data-outcome'), 'met');

  // Every file comes from under the sub-path; the worker is scoped to it.
  await controlled(page);
  assert.deepEqual(requests.filter((p) => !p.startsWith(AT)), [], 'nothing is asked for outside the sub-path');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), server.url);

  // A share link made here opens here, in a fresh browser.
  await page.click('#share-link');
  await page.waitForSelector('#share-status:has-text("copied")');
  const link = await page.inputValue('#share-url');
  assert.ok(link.startsWith(`${server.url}#/co-sell?v=1&a=`), link);
  const other = await browser.newContext({ serviceWorkers: 'allow' });
  const opened = await other.newPage();
  await opened.goto(link);
  await ready(opened);
  await opened.waitForSelector('#undo-notice');
  assert.equal(await opened.isChecked('#partner-hasMpnId-yes'), true);
  await other.close();

  // With the server gone, the page reloads from the worker and a tool still opens.
  await server.close();
  await page.reload();
  await ready(page);
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), true);
  await page.click('#batch');
  await page.waitForSelector('#tools-file');
  assert.deepEqual(errors, []);
  await context.close();
});
