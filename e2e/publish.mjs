// Publishing for the update tests: a copy of the release build in a folder of its own (the "host"),
// a second build published over it, and what an open tab does to take it (the end of this file).
// The second build is made from the first with the build's
// own steps (scripts/build/): its stylesheet and its tools module change, so they get new hashed
// names, index.html names them with renewed integrity, and the service worker gets the new
// build's id and files, and `_headers` names the new files. The first build's changed files are
// gone from the host, as after a real publish.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashedName, hashModule } from '../scripts/build/hashed.mjs';
import { renewIntegrity } from '../scripts/build/html.mjs';
import { buildData, fillWorker, filesIn } from '../scripts/build/worker.mjs';
import { headersFile } from '../scripts/build/headers.mjs';
import { ready } from './helpers.mjs';

/** A fresh folder holding a copy of the build in `from`. */
export function copyBuild(from) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eligibility-host-'));
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** The build's id, as index.html says it. */
export function buildId(dir) {
  return fs.readFileSync(path.join(dir, 'index.html'), 'utf8').match(/name="eligibility-build" content="([0-9a-f]+)"/)[1];
}

/**
 * Publishes a new build over the one in `dir` (see the top of this file); returns its id and the
 * names of the first build's files it removed.
 */
export function republish(dir, label = 'build 2') {
  const at = (name) => path.join(dir, name);
  let html = fs.readFileSync(at('index.html'), 'utf8');
  const removed = [];

  // The stylesheet, changed: a new hashed name in its <link>, with its integrity.
  const oldCss = filesIn(dir).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
  const css = `${fs.readFileSync(at(oldCss), 'utf8')}\n/* ${label} */\n`;
  const newCss = hashedName('style.css', css);
  fs.writeFileSync(at(newCss), css);
  html = renewIntegrity(html.replaceAll(oldCss, newCss), newCss, css);

  // The tools module, changed: both files renamed by their new hash, index.html's meta renewed.
  const oldJs = filesIn(dir).find((f) => /^eligibility-tools-[0-9a-f]+\.js$/.test(f));
  const oldWasm = oldJs.replace(/\.js$/, '_bg.wasm');
  const glue = `${fs.readFileSync(at(oldJs), 'utf8').replace(oldWasm, 'eligibility-tools_bg.wasm')}\n// ${label}\n`;
  const tools = hashModule('eligibility-tools', glue, fs.readFileSync(at(oldWasm)));
  fs.writeFileSync(at(tools.js), tools.glue);
  fs.copyFileSync(at(oldWasm), at(tools.wasm));
  html = html.replace(`./${oldJs}`, `./${tools.js}`);

  for (const name of [oldCss, oldJs, oldWasm]) {
    fs.rmSync(at(name));
    removed.push(name);
  }
  fs.writeFileSync(at('index.html'), html);
  // The new build's id and the worker that caches its files.
  const data = buildData(dir, filesIn(dir));
  fs.writeFileSync(at('index.html'), html.replace(/(name="eligibility-build" content=")[0-9a-f]+/, `$1${data.id}`));
  fs.writeFileSync(at('sw.js'), fillWorker(fs.readFileSync('www/sw.js', 'utf8'), data));
  // The host's headers for the new files (the page's inline scripts, hence its policy, are unchanged).
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (policy && fs.existsSync(at('_headers'))) fs.writeFileSync(at('_headers'), headersFile(filesIn(dir), policy));
  return { id: data.id, removed };
}

/** An open tab looks for a new build (as it does when shown again) and shows the "new version" notice. */
export async function lookForUpdate(tab) {
  await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await tab.waitForSelector('#update-notice');
}

/** Reload from the notice: the new worker takes over and the tab runs the new build. */
export async function takeUpdate(tab) {
  await Promise.all([tab.waitForEvent('load'), tab.click('#update-reload')]);
  await ready(tab);
}

/** Asks the worker to tidy and waits until the cache of build `id` is gone. */
export async function cacheGone(page, id) {
  await page.evaluate(() => navigator.serviceWorker.controller.postMessage({ type: 'tidy' }));
  await page.waitForFunction((old) => caches.keys().then((keys) => !keys.includes(`eligibility-${old}`)), id, { timeout: 10_000 });
}
