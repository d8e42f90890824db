// Offline: after the first visit the service worker serves the page's own files from its cache
// (e2e/worker.test.mjs has the tools offline, with the server stopped).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, openPage, ready, yes, builtFiles, controlled, DIST } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Every file the worker caches: the page as `/`, and every file a browser fetches but itself. */
const cachedFiles = () => ['/', ...builtFiles().filter((f) => f !== '/sw.js' && f !== '/index.html')].sort();

test('the service worker holds this build\'s id and exactly its files, and index.html names the same build', () => {
  const sw = fs.readFileSync(`${DIST}/sw.js`, 'utf8');
  // (Minified: the object's keys lose their quotes.)
  const build = { id: sw.match(/\bid"?:"([0-9a-f]+)"/)[1], files: JSON.parse(sw.match(/\bfiles"?:(\[[^\]]*\])/)[1]) };
  assert.deepEqual(build.files, cachedFiles().map((f) => `.${f}`));
  assert.match(build.id, /^[0-9a-f]{16}$/);
  assert.match(fs.readFileSync(`${DIST}/index.html`, 'utf8'), new RegExp(`<meta name="eligibility-build" content="${build.id}">`));
  assert.doesNotMatch(sw, /self\.__BUILD__/, 'the placeholder is filled');
});

test('after one visit the page loads and works without a network', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('eligibility-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
  assert.deepEqual(cached, cachedFiles());

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  assert.equal(await page.getAttribute('#check-CS-01', 'data-outcome'), 'met');
  assert.match(await page.textContent('#status-name'), /^Not determined yet: \d+ answers to confirm$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
