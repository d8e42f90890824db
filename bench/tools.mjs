// Click to usable tool on an emulated slow-4G phone (150 ms latency, 1.6 Mbit/s down, 750 kbit/s
// up, CPU 4x slower; gzip served, as hosts do): the time from a click on "Check many offers" to
// its dialog showing "Loading…", and to its file picker (the tool usable). Two visits:
// - first use, module not cached: the service worker blocked, so the module comes from the
//   network on the click (the worst case; a visitor's worker usually has it by then);
// - worker in control: the module comes from the worker's cache (any later use, offline too).
// `node bench/tools.mjs` after `trunk build --release`; prints a table and writes
// target/bench/tools.json. Part of `make bench`.
import fs from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { launch } from '../e2e/browser.mjs';
import { median, slow4g } from './profile.mjs';

const RUNS = Number(process.env.BENCH_TOOL_RUNS ?? 5);

/** Clicks "Check many offers" and times the loading line and the usable tool, in ms. */
async function clickToTool(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    let loading = null;
    const watch = new MutationObserver(() => {
      if (loading === null && document.getElementById('tools-loading')) loading = performance.now() - start;
      if (document.getElementById('tools-file')) {
        watch.disconnect();
        resolve({ loading: loading ?? performance.now() - start, usable: performance.now() - start });
      }
    });
    watch.observe(document, { subtree: true, childList: true });
    document.getElementById('batch').click();
  }));
}

const server = await serve('dist', { gzip: true });
const browser = await launch();
const results = { notCached: [], cached: [] };
for (let i = 0; i < RUNS; i += 1) {
  for (const [kind, serviceWorkers] of [['notCached', 'block'], ['cached', 'allow']]) {
    const context = await browser.newContext({ serviceWorkers, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${server.url}#/`);
    await page.waitForSelector('#app[data-ready]');
    if (kind === 'cached') {
      // The worker in control with the module cached, then a returning visit.
      await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 60_000 });
      await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).some((r) => r.url.includes('eligibility-tools')), null, { timeout: 60_000, polling: 250 });
      await page.reload();
      await page.waitForSelector('#app[data-ready]');
    }
    // extras.js (the loader) comes right after the page starts; wait for it as a visitor would.
    await page.waitForFunction(() => document.querySelector('script[src*="extras-"]'));
    await page.waitForLoadState('networkidle');
    await slow4g(page);
    results[kind].push(await clickToTool(page));
    await context.close();
  }
}
await browser.close();
await server.close();

const rows = Object.entries(results).map(([kind, runs]) => ({
  kind, runs: runs.length, loadingMs: Math.round(median(runs.map((r) => r.loading))), usableMs: Math.round(median(runs.map((r) => r.usable))),
}));
console.log('slow-4G phone, click on "Check many offers" (median of', RUNS, 'runs):');
for (const r of rows) console.log(`  ${r.kind.padEnd(10)} "Loading…" after ${String(r.loadingMs).padStart(5)} ms, tool usable after ${String(r.usableMs).padStart(6)} ms`);
fs.mkdirSync('target/bench', { recursive: true });
fs.writeFileSync('target/bench/tools.json', JSON.stringify(rows, null, 2));
