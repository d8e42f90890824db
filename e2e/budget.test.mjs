// Size budgets, measured on what a visitor's browser fetches: the first load (every file a first
// visit fetches until the page accepts input, index.html apart, the favicon always) at most
// 207,200 bytes gzip, index.html at most 15,000, the tools module at most 253,900; and both built
// wasm modules import under short names (scripts/build/short-imports.mjs, whose refusals are
// unit-tested there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, openPage, ready, DIST } from './helpers.mjs';
import { sizes, sizeOf, servedFiles, table, isToolsFile, isFavicon, BUDGET_BYTES, INDEX_BUDGET_BYTES, TOOLS_BUDGET_BYTES } from './sizes.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/**
 * The files a first visit fetches until the page accepts input, as sorted names in dist/: every
 * fetch that started before the app marked itself ready, and the favicon whether Chromium asks
 * for it before or after (every first visit fetches it; its timing alone once made the same build
 * pass on one run and fail on the next). A fetch that starts when the page is ready (extras.js,
 * asked for by boot.js on that mark) is not needed to accept input.
 */
async function firstLoad() {
  // A first visit as a visitor's browser makes it: a fresh profile, the service worker allowed.
  const { context, page } = await openPage(env, { part: '' });
  await ready(page);
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime < window.__readyAt)
    .map((entry) => new URL(entry.name).pathname.slice(1)));
  await context.close();
  const served = servedFiles(DIST);
  for (const name of early) assert.ok(served.includes(name), `${name} is fetched but not part of the build`);
  const favicon = served.filter(isFavicon);
  assert.equal(favicon.length, 1, `one favicon in the build: ${favicon}`);
  return [...new Set([...early, ...favicon])].sort();
}

test(`a first visit fetches at most ${BUDGET_BYTES} bytes gzip until the page accepts input (index.html apart, the favicon counted)`, async () => {
  const early = await firstLoad();
  const first = sizes(DIST, early);
  console.log(table('fetched until the page accepts input (the favicon always counted)', first));
  console.log(table('fetched later or on demand (not in the first-load budget)', sizes(DIST, servedFiles(DIST).filter((f) => !early.includes(f) && f !== 'index.html'))));
  assert.ok(early.some((f) => f.endsWith('_bg.wasm')) && early.some((f) => f.endsWith('.css')), `the page's wasm and style are among ${early}`);
  assert.ok(!early.some(isToolsFile), 'the tools module is not part of the first load');
  assert.ok(first.total.gzip <= BUDGET_BYTES, `first load is ${first.total.gzip} bytes gzip, over the budget of ${BUDGET_BYTES}`);
});

test(`index.html is at most ${INDEX_BUDGET_BYTES} bytes gzip and the tools module at most ${TOOLS_BUDGET_BYTES}`, () => {
  const index = sizeOf(DIST, 'index.html');
  assert.ok(index.gzip <= INDEX_BUDGET_BYTES, `index.html is ${index.gzip} bytes gzip`);
  const tools = sizes(DIST, servedFiles(DIST).filter(isToolsFile));
  console.log(table('the tools module, loaded when a tool or the JS API is first used', tools));
  assert.equal(tools.files.length, 2, 'the tools module: its JS and its wasm');
  assert.ok(tools.total.gzip <= TOOLS_BUDGET_BYTES, `the tools module is ${tools.total.gzip} bytes gzip, over its budget of ${TOOLS_BUDGET_BYTES}`);
});

test('both wasm modules import their JavaScript under short names, and each glue provides exactly those', async () => {
  for (const wasm of fs.readdirSync(DIST).filter((f) => f.endsWith('_bg.wasm'))) {
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(`${DIST}/${wasm}`)));
    assert.ok(imports.length > 50, `${wasm}: ${imports.length} imports`);
    const long = imports.filter((i) => i.name.length > 2 || i.module.length > 1);
    assert.deepEqual(long, [], `${wasm}: every import has a short name`);
    const glue = fs.readFileSync(`${DIST}/${wasm.replace('_bg.wasm', '.js')}`, 'utf8');
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, `${wasm}: no long import name left in the glue`);
  }
});
