// The benchmark (`make bench`): the app against two reference pages, the Yew hello world (the
// floor for a Yew page) and the same form as static HTML (the floor for any page). Serves all
// three on 127.0.0.1 and measures in Debian's Chromium over fresh loads: bytes per file (raw,
// gzip, brotli), first contentful paint and the time until the form accepts input; for the app
// also input-to-result latency and the JS API's evaluate time; natively, criterion's result.
// Prints one table and writes the same as JSON (target/bench/results.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../scripts/serve.mjs';
import { launch } from '../e2e/browser.mjs';
import { sizes, servedFiles, isLoadedLater } from '../e2e/sizes.mjs';
import { loadCases } from '../e2e/cases.mjs';
import { answerAzureVm, yes } from '../e2e/helpers.mjs';
import { median } from './profile.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 120);
const CALLS = 10_000;
const OUT = 'target/bench';
fs.mkdirSync(OUT, { recursive: true });

// The static page is served with the app's own stylesheet.
const staticDir = path.join(OUT, 'static');
fs.mkdirSync(staticDir, { recursive: true });
fs.copyFileSync('bench/static/index.html', path.join(staticDir, 'index.html'));
fs.copyFileSync('www/style.css', path.join(staticDir, 'style.css'));

const PAGES = [
  // The co-sell part: the longest form (country pickers, contacts), as in earlier runs.
  { name: 'app', dir: 'dist', ready: 'app', part: '#/co-sell' },
  { name: 'hello-world', dir: 'bench/hello/dist', ready: 'h1' },
  { name: 'static', dir: staticDir, ready: 'dom' },
];

const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

/** A new context (empty cache, no service worker) and page; `ready` waits for the app. */
async function fresh(browser, url, { init, ready = true } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(url, { waitUntil: 'load' });
  if (ready) await page.waitForSelector('#app[data-ready="true"]');
  return { context, page };
}

// Readiness marks, installed only on the page they are for: observers cost the page time.
const MARKS = {
  // The app accepts input once its form's first control exists: Yew attaches the listeners in
  // the same pass as the elements, so typing there already works. This is the same kind of mark
  // as the hello world's heading. The app's own readiness attribute (set by an effect, after
  // Yew has yielded to the browser to paint) is recorded too, as `effects`.
  app: () => {
    window.__ready = new Promise((resolve) => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('form.questions input')) { obs.disconnect(); resolve(performance.now()); }
      }).observe(document, { subtree: true, childList: true });
    });
    window.__effects = new Promise((resolve) => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('#app[data-ready]')) { obs.disconnect(); resolve(performance.now()); }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
  },
  // The hello world is ready when its heading exists.
  h1: () => {
    window.__ready = new Promise((resolve) => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('h1')) { obs.disconnect(); resolve(performance.now()); }
      }).observe(document, { subtree: true, childList: true });
    });
  },
};

/** One fresh load: FCP and the time the form accepts input, in ms. */
async function load(browser, url, ready) {
  const { context, page } = await fresh(browser, url, { ready: false, init: MARKS[ready] });
  const times = await page.evaluate(async (ready) => {
    const fcp = await new Promise((resolve) => {
      const hit = performance.getEntriesByName('first-contentful-paint')[0];
      if (hit) return resolve(hit.startTime);
      new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
    });
    const nav = performance.getEntriesByType('navigation')[0];
    // The static page accepts input once its HTML is parsed.
    const readyAt = ready === 'dom' ? nav.domInteractive : await window.__ready;
    const effects = window.__effects ? await window.__effects : null;
    return { fcp, ready: readyAt, effects };
  }, ready);
  await context.close();
  return times;
}

/** Input-to-result latency: clicks and typing that each change the status; ms to the DOM update
 * and to the next frame after it (what the user sees). */
async function latency(browser, url) {
  const { context, page } = await fresh(browser, url);
  await answerAzureVm(page);
  await yes(page, 'offer-referenceArchitectureDiagram');
  const samples = await page.evaluate(async (changes) => {
    const status = () => document.getElementById('status-name').textContent;
    const measure = (act) => new Promise((resolve, reject) => {
      const before = status();
      const t0 = performance.now();
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error(`status stayed "${before}"`)); }, 2000);
      const obs = new MutationObserver(() => {
        if (status() === before) return;
        obs.disconnect();
        clearTimeout(timer);
        const dom = performance.now() - t0;
        requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() - t0 })));
      });
      obs.observe(document.getElementById('results'), { subtree: true, childList: true, characterData: true });
      act();
    });
    const billed = document.getElementById('offer-billedRevenueUsd');
    const type = (text) => { billed.value = text; billed.dispatchEvent(new InputEvent('input', { bubbles: true })); };
    const out = [];
    // A cycle of four changes, each of which changes the status: two clicks (the one-pager
    // answer takes co-sell ready away and back) and two typings (billed revenue across USD
    // 100,000 takes the Azure IP incentive away and back).
    const steps = [
      () => document.getElementById('offer-onePager-no').click(),
      () => document.getElementById('offer-onePager-yes').click(),
      () => type('99,999.99'),
      () => type('120,000'),
    ];
    for (let i = 0; i < changes; i += 1) out.push(await measure(steps[i % 4]));
    return out;
  }, CHANGES);
  await context.close();
  return samples;
}

/** The JS API on the largest shared case, CALLS times: µs per call. */
async function browserEvaluate(browser, url) {
  const { context, page } = await fresh(browser, url);
  const largest = loadCases().sort((a, b) => JSON.stringify(b.answers).length - JSON.stringify(a.answers).length)[0];
  const runs = await page.evaluate(async ([answers, calls]) => {
    await window.wasmBindings.evaluate({}); // loads the tools module, which answers the JS API
    const results = [];
    for (let run = 0; run < 3; run += 1) {
      const t0 = performance.now();
      for (let i = 0; i < calls; i += 1) await window.wasmBindings.evaluate(answers, { asOf: '2021-03-15' });
      results.push(((performance.now() - t0) * 1000) / calls);
    }
    return results;
  }, [largest.answers, CALLS]);
  await context.close();
  return { case: largest.file, usPerCall: median(runs) };
}

function nativeEvaluate() {
  const read = (name) => {
    const file = `target/criterion/${name}/new/estimates.json`;
    if (!fs.existsSync(file)) return null;
    return JSON.parse(fs.readFileSync(file, 'utf8')).median.point_estimate / 1000; // ns -> µs
  };
  return { evaluateUs: read('evaluate_largest_case'), parseAndEvaluateUs: read('parse_and_evaluate_largest_case') };
}

function machine() {
  const version = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n')[0]; } catch { return 'unknown'; } };
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: version('/usr/bin/chromium', ['--version']),
    node: process.version,
    rustc: version('rustc', ['--version']),
  };
}

const servers = [];
const browser = await launch();
const results = { machine: machine(), loads: LOADS, pages: {} };
try {
  for (const p of PAGES) {
    const server = await serve(p.dir);
    servers.push(server);
    // What a first visit fetches before the page accepts input (index.html included, for all three).
    const bytes = sizes(p.dir, servedFiles(p.dir).filter((f) => !isLoadedLater(f)));
    const url = server.url + (p.part ?? '');
    await load(browser, url, p.ready); // one warm-up load, not counted
    const loads = [];
    for (let i = 0; i < LOADS; i += 1) loads.push(await load(browser, url, p.ready));
    results.pages[p.name] = {
      bytes,
      fcpMs: median(loads.map((l) => l.fcp)),
      readyMs: median(loads.map((l) => l.ready)),
      effectsMs: loads[0].effects === null ? null : median(loads.map((l) => l.effects)),
      samples: loads,
    };
    if (p.name === 'app') {
      const lat = await latency(browser, url);
      results.latency = {
        changes: lat.length,
        domMedianMs: median(lat.map((s) => s.dom)), domP95Ms: p95(lat.map((s) => s.dom)),
        frameMedianMs: median(lat.map((s) => s.frame)), frameP95Ms: p95(lat.map((s) => s.frame)),
      };
      results.browserEvaluate = await browserEvaluate(browser, url);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
results.native = nativeEvaluate();

const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(1);
const app = results.pages.app;
const hello = results.pages['hello-world'];
const stat = results.pages.static;
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');
const rows = [
  ['Bytes on first load, raw (KB)', kb(app.bytes.total.raw), kb(hello.bytes.total.raw), kb(stat.bytes.total.raw)],
  ['Bytes on first load, gzip (KB)', kb(app.bytes.total.gzip), kb(hello.bytes.total.gzip), kb(stat.bytes.total.gzip)],
  ['Bytes on first load, brotli (KB)', kb(app.bytes.total.brotli), kb(hello.bytes.total.brotli), kb(stat.bytes.total.brotli)],
  ['First contentful paint, median (ms)', ms(app.fcpMs), ms(hello.fcpMs), ms(stat.fcpMs)],
  ['Form accepts input (its first control exists), median (ms)', ms(app.readyMs), ms(hello.readyMs), ms(stat.readyMs)],
];
const lines = [
  `| Measure (${LOADS} fresh loads each) | App | Yew hello world | Static form | App / hello | App / static |`,
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(([label, a, h, s]) => `| ${label} | ${a} | ${h} | ${s} | ${ratio(+a, +h)} | ${ratio(+a, +s)} |`),
  '',
  '| App file | Raw (KB) | Gzip (KB) | Brotli (KB) |',
  '|---|---:|---:|---:|',
  ...app.bytes.files.map((f) => `| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
  '',
  '| App speed | Median | 95th percentile |',
  '|---|---:|---:|',
  `| App effects have run (its \`data-ready\` mark, after the first paint), fresh load (ms) | ${ms(app.effectsMs)} | |`,
  `| Input → result in the DOM, ${results.latency.changes} changes (ms) | ${ms(results.latency.domMedianMs)} | ${ms(results.latency.domP95Ms)} |`,
  `| Input → next frame showing it (ms) | ${ms(results.latency.frameMedianMs)} | ${ms(results.latency.frameP95Ms)} |`,
  `| \`evaluate\` in the browser via the JS API, ${CALLS} calls, ${results.browserEvaluate.case} (µs per call) | ${results.browserEvaluate.usPerCall.toFixed(1)} | |`,
  `| \`evaluate\` natively, criterion (µs) | ${results.native.evaluateUs?.toFixed(1) ?? 'not run'} | |`,
  `| parse JSON + \`evaluate\` natively, criterion (µs) | ${results.native.parseAndEvaluateUs?.toFixed(1) ?? 'not run'} | |`,
  '',
  `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB; ${results.machine.os}; ${results.machine.chromium} (headless); Node ${results.machine.node}; ${results.machine.rustc}. Date: ${results.machine.date}.`,
];
const table = lines.join('\n');
console.log(table);
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(OUT, 'table.md'), `${table}\n`);
console.log(`\nwrote ${OUT}/results.json and ${OUT}/table.md`);
