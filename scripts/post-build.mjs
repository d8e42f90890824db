// Trunk post-build hook (see Trunk.toml), run in the staging folder before it becomes dist/:
// 0. in release builds, shortens the names the wasm modules import from their JavaScript
//    (short-imports.mjs), then minifies wasm-bindgen's JavaScript (Trunk leaves it as generated)
//    with terser, renewing the Subresource Integrity hashes in index.html;
// 1. in release builds, writes a strict Content-Security-Policy into index.html, allowing each
//    inline script (Trunk's loader) by its SHA-256 hash instead of 'unsafe-inline' (not in
//    `trunk serve`, whose live-reload script is injected later, at serve time);
// 2. writes sw.js, the service worker that caches exactly the files of this build (their hashed
//    names), under a cache name derived from them, so a new build replaces the old cache.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';
import { shortenImports } from './short-imports.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const TYPES = 'eligibility-web.d.ts';
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

const release = process.env.TRUNK_PROFILE === 'release';
/** Renews the Subresource Integrity hash of `file` (now `content`) in index.html. */
function renewIntegrity(file, content) {
  const integrity = `sha384-${crypto.createHash('sha384').update(content).digest('base64')}`;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The tag that names the file, wherever its integrity attribute stands.
  const tag = new RegExp(`<[^>]*/?${escaped}[^>]*>`, 'g');
  const renewed = html.replace(tag, (t) => t.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=$1${integrity}$1`));
  if (renewed === html) {
    console.error(`post-build: no integrity attribute found for ${file}; the browser would refuse the minified file`);
    process.exit(1);
  }
  html = renewed;
}

/** Minifies one script (in staging) with terser, in place; returns the new code. */
async function minifyFile(file, module) {
  const filePath = path.join(staging, file);
  const result = await minify(fs.readFileSync(filePath, 'utf8'), { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
  fs.writeFileSync(filePath, result.code);
  return result.code;
}

/** Minifies one script of the page and renews its Subresource Integrity hash. */
async function minifyScript(file, module) {
  renewIntegrity(file, await minifyFile(file, module));
}

/** Shortens the import names of `wasmFile` and its glue `glueFile` (both in staging). */
function shortenModule(glueFile, wasmFile) {
  const gluePath = path.join(staging, glueFile);
  const wasmPath = path.join(staging, wasmFile);
  try {
    const result = shortenImports(fs.readFileSync(wasmPath), fs.readFileSync(gluePath, 'utf8'));
    fs.writeFileSync(gluePath, result.glue);
    fs.writeFileSync(wasmPath, result.wasm);
    return result.wasm;
  } catch (error) {
    console.error(`post-build: cannot shorten the imports of ${wasmFile}: ${error.message}`);
    process.exit(1);
  }
}

if (release) {
  // The module the loader imports: `import init, * as bindings from '/name-hash.js'`.
  const glue = html.match(/from '\/?([^']+\.js)'/)?.[1];
  // boot.js: Trunk's own minifier cannot read its dynamic `import()`, so terser does it too.
  const boot = html.match(/src=\/?(boot-[^\s>]+\.js)/)?.[1];
  const wasm = html.match(/module_or_path: '\/?([^']+\.wasm)'/)?.[1];
  if (!glue || !boot || !wasm) {
    console.error('post-build: cannot find the wasm-bindgen module, its wasm or boot.js in index.html');
    process.exit(1);
  }
  renewIntegrity(wasm, shortenModule(glue, wasm));
  await minifyScript(glue, true);
  await minifyScript(boot, false);
  // The tools module is loaded on first use, by name (not in index.html); minified too.
  const tools = 'eligibility-tools.js';
  if (fs.existsSync(path.join(staging, tools))) {
    shortenModule(tools, 'eligibility-tools_bg.wasm');
    await minifyFile(tools, true);
  }
}

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (/\sstyle=|<style[\s>]/i.test(html)) {
  console.error('post-build: index.html has inline style; the policy allows none');
  process.exit(1);
}

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

if (release) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Right after the charset (the minifier drops the optional <head> tag); before every script.
  const charset = html.match(/<meta charset=[^>]*>/i);
  if (!charset) {
    console.error('post-build: no <meta charset> in index.html to put the policy after');
    process.exit(1);
  }
  html = html.replace(charset[0], `${charset[0]}${meta}`);
}
fs.writeFileSync(indexPath, html);

// The TypeScript declarations of the JS API under a stable name, for programs that call it; the
// page itself never fetches them, so the service worker does not cache them.
for (const name of fs.readdirSync(staging).filter((f) => f.endsWith('.d.ts') && f !== TYPES)) {
  fs.renameSync(path.join(staging, name), path.join(staging, TYPES));
}

// Every file the page loads (sw.js itself and the declarations excluded), as URLs relative to the page.
const files = fs.readdirSync(staging, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js' && !entry.name.endsWith('.d.ts'))
  .map((entry) => path.relative(staging, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
  .sort();
const digest = crypto.createHash('sha256');
for (const file of files) digest.update(file).update(fs.readFileSync(path.join(staging, file)));
const version = digest.digest('hex').slice(0, 16);
// The tools module (eligibility-tools.js and its wasm) is not part of the first load: it is cached
// when first used, under the same build's cache (its names carry no hash, the cache name does).
const lazy = (f) => f.startsWith('eligibility-tools');
const urls = ['./', ...files.filter((f) => f !== 'index.html' && !lazy(f)).map((f) => `./${f}`)];

const worker = `// Generated by scripts/post-build.mjs for build ${version}: do not edit.
// Caches exactly this build's files; pages are fetched fresh when online and from the cache
// when offline; the hashed assets always come from the cache. The tools module is cached when
// the page first loads it.
const CACHE = 'eligibility-${version}';
const FILES = ${JSON.stringify(urls)};
const LAZY = /\/eligibility-tools[^/]*$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('eligibility-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('./', { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => {
    if (hit || !LAZY.test(new URL(request.url).pathname)) return hit || fetch(request);
    return fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    });
  }));
});
`;
// Minified in release builds like the page's other scripts (it is part of the first load).
const workerCode = release ? (await minify(worker, { ecma: 2020, compress: false, mangle: true })).code : worker;
fs.writeFileSync(path.join(staging, 'sw.js'), workerCode);
const csp = release ? `CSP with ${hashes.length} script hash(es)` : 'no CSP (debug build)';
console.log(`post-build: ${csp}; sw.js caches ${urls.length} files as eligibility-${version}`);
