// Offline: after the first visit the service worker serves the page's own files from its cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, openPage, ready, yes, builtFiles, DIST } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the service worker caches exactly the built files under a build-specific name', () => {
  const sw = fs.readFileSync(`${DIST}/sw.js`, 'utf8');
  const files = JSON.parse(sw.match(/const FILES ?= ?(\[.*?\]);/)[1]);
  const built = builtFiles().filter((f) => f !== '/sw.js' && f !== '/index.html').map((f) => `.${f}`);
  assert.deepEqual(files, ['./', ...built.sort()]);
  assert.match(sw, /const CACHE ?= ?['"]eligibility-[0-9a-f]{16}['"];/);
});

test('after one visit the page loads and works without a network', async () => {
  const { context, page, log } = await openPage(env, { serviceWorkers: 'allow' });
  await ready(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('eligibility-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
  assert.deepEqual(cached, ['/', ...builtFiles().filter((f) => f !== '/sw.js' && f !== '/index.html')].sort());

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  assert.equal(await page.getAttribute('#check-CS-01', 'data-outcome'), 'met');
  assert.match(await page.textContent('#status-name'), /^Not determined yet: \d+ answers to confirm$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
