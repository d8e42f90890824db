// The first screen on an emulated slow-4G phone (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up,
// CPU 4x slower, 390x844, gzip served as hosts do; a first visit: empty cache, no service worker),
// for the app, the Yew hello world and the static form side by side (median of BENCH_SLOW_RUNS,
// default 5):
// - first contentful paint;
// - the heading on screen: the first frame in which an `<h1>` is visible (the app's is in
//   index.html, rendered at build time; the hello world's comes with its wasm);
// - the form accepting input: the app's `#app[data-ready]`, the hello world's heading, the static
//   page's `domInteractive`.
// Then Lighthouse (npm `lighthouse`, its mobile profile with simulated throttling, Debian's
// Chromium) on the app and the static form: performance score, LCP and total blocking time
// (median of BENCH_LIGHTHOUSE_RUNS audits, default 3; 0 leaves Lighthouse out).
// `node bench/slow4g.mjs` after `make build` and the hello world's build; part of `make bench`.
// Prints two tables and writes target/bench/slow4g.json.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { launch, CHROMIUM_ARGS } from '../e2e/browser.mjs';
import { median, slow4g } from './profile.mjs';

const RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 5);
const OUT = 'target/bench';

// The static form with the app's stylesheet, as bench/run.mjs serves it.
const staticDir = path.join(OUT, 'static');
fs.mkdirSync(staticDir, { recursive: true });
fs.copyFileSync('bench/static/index.html', path.join(staticDir, 'index.html'));
fs.copyFileSync('www/style.css', path.join(staticDir, 'style.css'));

const PAGES = [
  // BENCH_APP_DIR: another build of the app (an earlier commit's dist/, to compare).
  { name: 'app', dir: process.env.BENCH_APP_DIR ?? 'dist', ready: 'app' },
  { name: 'hello-world', dir: 'bench/hello/dist', ready: 'h1' },
  { name: 'static', dir: staticDir, ready: 'dom' },
];

/** Marks installed before the page's own scripts: the heading's first visible frame and readiness. */
function marks(ready) {
  window.__heading = new Promise((resolve) => {
    const look = () => {
      const h1 = [...document.querySelectorAll('h1')].find((h) => h.checkVisibility());
      // The frame being prepared now paints it.
      if (h1) resolve(performance.now()); else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  window.__ready = ready === 'app'
    ? new Promise((resolve) => new MutationObserver((_, obs) => {
      if (document.querySelector('#app[data-ready]')) { obs.disconnect(); resolve(performance.now()); }
    }).observe(document, { subtree: true, attributes: true, childList: true }))
    : ready === 'h1' ? window.__heading : null;
}

/** One first visit on an emulated slow-4G phone: FCP, heading on screen, form accepts input (ms). */
async function visit(browser, url, ready) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await slow4g(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(marks, ready);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const times = await page.evaluate(async (ready) => {
    const fcp = await new Promise((resolve) => new PerformanceObserver((list, obs) => {
      const hit = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (hit) { obs.disconnect(); resolve(hit.startTime); }
    }).observe({ type: 'paint', buffered: true }));
    const heading = await window.__heading;
    const input = ready === 'dom' ? performance.getEntriesByType('navigation')[0].domInteractive : await window.__ready;
    return { fcp, heading, input };
  }, ready);
  await context.close();
  return times;
}

const LH_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/**
 * Lighthouse's mobile performance audit of `url`, the median of LH_RUNS audits (its simulated
 * throttling varies from run to run): score (0-100), LCP, TBT and FCP (ms), CLS.
 */
async function lighthouseOf(url) {
  const audits = [];
  for (let i = 0; i < LH_RUNS; i += 1) audits.push(await lighthouseOnce(url));
  return Object.fromEntries(Object.keys(audits[0]).map((k) => [k, median(audits.map((a) => a[k]))]));
}

/** One Lighthouse audit of `url`. */
async function lighthouseOnce(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      fcpMs: audit('first-contentful-paint'),
      clsScore: audit('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

const results = { runs: RUNS, profile: 'slow 4G: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x, gzip, 390x844', pages: {}, lighthouse: {} };
const browser = await launch();
const servers = [];
try {
  for (const p of PAGES) {
    const server = await serve(p.dir, { gzip: true });
    servers.push(server);
    await visit(browser, server.url, p.ready); // warm-up, not counted
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await visit(browser, server.url, p.ready));
    results.pages[p.name] = {
      fcpMs: median(runs.map((r) => r.fcp)), headingMs: median(runs.map((r) => r.heading)), inputMs: median(runs.map((r) => r.input)), runs,
    };
    if (p.name !== 'hello-world' && LH_RUNS > 0) results.lighthouse[p.name] = await lighthouseOf(server.url);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}

const { app, 'hello-world': hello, static: plain } = results.pages;
const f = (n) => String(Math.round(n));
const r = (a, b) => (a / b).toFixed(2);
const lh = results.lighthouse;
const lighthouseRows = LH_RUNS > 0 ? [
  '',
  `| Lighthouse, mobile (median of ${LH_RUNS}) | App | Static form | App / static |`,
  '|---|---:|---:|---:|',
  `| Performance score | ${lh.app.score} | ${lh.static.score} | |`,
  `| Largest contentful paint (ms) | ${f(lh.app.lcpMs)} | ${f(lh.static.lcpMs)} | ${r(lh.app.lcpMs, lh.static.lcpMs)} |`,
  `| Total blocking time (ms) | ${f(lh.app.tbtMs)} | ${f(lh.static.tbtMs)} | |`,
  `| First contentful paint (ms) | ${f(lh.app.fcpMs)} | ${f(lh.static.fcpMs)} | |`,
  `| Cumulative layout shift | ${lh.app.clsScore.toFixed(3)} | ${lh.static.clsScore.toFixed(3)} | |`,
] : [];
const table = [
  `| Slow-4G phone, first visit (median of ${RUNS}) | App | Yew hello world | Static form | App / hello | App / static |`,
  '|---|---:|---:|---:|---:|---:|',
  `| First contentful paint (ms) | ${f(app.fcpMs)} | ${f(hello.fcpMs)} | ${f(plain.fcpMs)} | ${r(app.fcpMs, hello.fcpMs)} | ${r(app.fcpMs, plain.fcpMs)} |`,
  `| The heading on screen (ms) | ${f(app.headingMs)} | ${f(hello.headingMs)} | ${f(plain.headingMs)} | ${r(app.headingMs, hello.headingMs)} | ${r(app.headingMs, plain.headingMs)} |`,
  `| The form accepts input (ms) | ${f(app.inputMs)} | ${f(hello.inputMs)} | ${f(plain.inputMs)} | ${r(app.inputMs, hello.inputMs)} | ${r(app.inputMs, plain.inputMs)} |`,
  ...lighthouseRows,
].join('\n');
console.log(table);
// Issue 32's goal: nothing but the stylesheet before the first paint, so the heading comes at most
// 1.3x as late as on the static page.
const HEADING_GOAL = 1.3;
const headingRatio = app.headingMs / plain.headingMs;
console.log(`The heading on screen, app / static: ${headingRatio.toFixed(2)}x (goal: at most ${HEADING_GOAL}x)${headingRatio > HEADING_GOAL ? ': OVER THE GOAL' : ''}`);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'slow4g.json'), JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(OUT, 'slow4g.md'), `${table}\n`);
