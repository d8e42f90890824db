// Trunk post-build hook (Trunk.toml), run in the staging folder before it becomes dist/. Each step
// is a small module of scripts/build/ with its own unit test (`node --test scripts/`):
// 1. release builds: short import names for both wasm modules (short-imports.mjs), wasm-bindgen's
//    glue and boot.js minified (minify.mjs), Subresource Integrity renewed (html.mjs);
// 2. what www/boot.js loads after the first render or on first use (the tools module,
//    www/extras.js, lz-string, www/tools.css, www/print.css) gets content-hashed names (hashed.mjs), and
//    index.html names them in `<meta name="eligibility-tools|extras|lz|tools-css|print-css">`;
// 2b. the loader's texts from the catalogue (catalogue.mjs): boot.js's in index.html's
//    `<template id="fatal-texts">`, extras.js's in place of its token;
// 2c. the static parts, rendered natively by Yew's ServerRenderer (crates/first-screen): the
//    header's and footer's texts and the first screen, into index.html's empty `#site-header`,
//    `#site-footer` and `#app` (first-screen.mjs);
// 2d. www/lang.js, the language choice that must run before the first paint, written into its
//    empty inline `<script>` (html.mjs; minified in release builds), so the parser never waits
//    for a script;
// 3. the build's id (`<meta name="eligibility-build">`) and, in release builds, the
//    Content-Security-Policy as a meta tag (csp.mjs; not in `trunk serve`, whose live-reload
//    script is injected later);
// 4. the service worker (www/sw.js, copied by Trunk) gets this build's id and files (worker.mjs);
// 5. release builds: `_headers` for hosts that take one (headers.mjs): the CSP as a header, the
//    security headers, caching by file name.
import fs from 'node:fs';
import path from 'node:path';
import { shortenImports } from './build/short-imports.mjs';
import { minifyCode } from './build/minify.mjs';
import { findAssets, renewIntegrity, afterCharset, meta, inlineScript } from './build/html.mjs';
import { hashModule, hashedName } from './build/hashed.mjs';
import { policyFor, policyMeta } from './build/csp.mjs';
import { buildData, fillWorker, filesIn } from './build/worker.mjs';
import { CATALOGUE, sectionTexts, fillFatalTemplate } from './build/catalogue.mjs';
import { fillToken } from './build/fill.mjs';
import { headersFile } from './build/headers.mjs';
import { renderStaticParts, fillStaticParts } from './build/first-screen.mjs';

const TOOLS = 'eligibility-tools';
const LZ = 'lz-string.min.js';
const EXTRAS = 'extras.js';
const TOOLS_CSS = 'tools.css';
const PRINT_CSS = 'print.css';
const TYPES = 'eligibility-web.d.ts';

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set (run through trunk build)');
const release = process.env.TRUNK_PROFILE === 'release';
const at = (name) => path.join(staging, name);
const read = (name) => fs.readFileSync(at(name), 'utf8');

try {
  let html = read('index.html');

  /** Shortens the imports of a module's wasm and glue, in place; returns the new wasm. */
  const shorten = (glue, wasm) => {
    const result = shortenImports(fs.readFileSync(at(wasm)), read(glue));
    fs.writeFileSync(at(glue), result.glue);
    fs.writeFileSync(at(wasm), result.wasm);
    return result.wasm;
  };
  /** Minifies a script in place; returns the new code. */
  const minifyFile = async (name, module) => {
    const code = await minifyCode(read(name), { module });
    fs.writeFileSync(at(name), code);
    return code;
  };

  if (release) {
    const { glue, boot, wasm } = findAssets(html);
    html = renewIntegrity(html, wasm, shorten(glue, wasm));
    html = renewIntegrity(html, glue, await minifyFile(glue, true));
    html = renewIntegrity(html, boot, await minifyFile(boot, false));
  }

  // The tools module: Trunk always builds it (index.html's worker-type link); a build without it
  // would leave every tool broken, so its absence stops the build.
  for (const name of [`${TOOLS}.js`, `${TOOLS}_bg.wasm`]) {
    if (!fs.existsSync(at(name))) throw new Error(`${name} is missing: Trunk did not build the tools module`);
  }
  if (release) {
    shorten(`${TOOLS}.js`, `${TOOLS}_bg.wasm`);
    await minifyFile(`${TOOLS}.js`, true);
  }
  const tools = hashModule(TOOLS, read(`${TOOLS}.js`), fs.readFileSync(at(`${TOOLS}_bg.wasm`)));
  fs.writeFileSync(at(tools.js), tools.glue);
  fs.renameSync(at(`${TOOLS}_bg.wasm`), at(tools.wasm));
  fs.rmSync(at(`${TOOLS}.js`));
  html = afterCharset(html, meta('eligibility-tools', `./${tools.js}`));

  // The loader's texts, from the catalogue: boot.js's messages into index.html, extras.js's into it.
  const loaderTexts = sectionTexts(CATALOGUE, 'loader');
  html = fillFatalTemplate(html, loaderTexts);
  fs.writeFileSync(at(EXTRAS), fillToken(read(EXTRAS), 'self.__LOADER_TEXTS__', loaderTexts));

  // Header, first screen and footer, both languages (the app's mount replaces the first screen).
  html = fillStaticParts(html, renderStaticParts());

  // The language choice, the one script before the first paint, inline (its hash in the policy).
  const lang = fs.readFileSync('www/lang.js', 'utf8');
  html = inlineScript(html, 'www/lang.js', release ? await minifyCode(lang, { module: false }) : lang);

  // What www/boot.js loads after the first render or on demand, copied by Trunk: extras.js
  // (minified in release builds), lz-string (already minified, from node_modules), the tools'
  // stylesheet and the print stylesheet. Each gets a hashed name, given to the page in a `<meta>`.
  for (const [file, name] of [[EXTRAS, 'eligibility-extras'], [LZ, 'eligibility-lz'], [TOOLS_CSS, 'eligibility-tools-css'], [PRINT_CSS, 'eligibility-print-css']]) {
    if (!fs.existsSync(at(file))) throw new Error(`${file} is missing: index.html must copy it`);
    if (release && file === EXTRAS) await minifyFile(file, false);
    const hashed = hashedName(file, fs.readFileSync(at(file)));
    fs.renameSync(at(file), at(hashed));
    html = afterCharset(html, meta(name, `./${hashed}`));
  }

  // The TypeScript declarations of the JS API under a stable name, for programs that call it.
  const declarations = filesIn(staging).filter((f) => f.endsWith('.d.ts') && f !== TYPES);
  if (declarations.length > 1) throw new Error(`more than one TypeScript declaration file: ${declarations.join(', ')}`);
  for (const name of declarations) fs.renameSync(at(name), at(TYPES));

  // The build's id covers every cached file, index.html as it is now included.
  fs.writeFileSync(at('index.html'), html);
  // Every file of the build, by name (the steps below change contents, not names).
  const names = filesIn(staging);
  const data = buildData(staging, names);
  html = afterCharset(html, meta('eligibility-build', data.id));
  // The policy goes first, before every script; it is computed last, over the final scripts.
  const policy = release ? policyFor(html) : null;
  if (release) html = afterCharset(html, policyMeta(policy));
  fs.writeFileSync(at('index.html'), html);

  if (!fs.existsSync(at('sw.js'))) throw new Error('sw.js is missing: index.html must copy www/sw.js');
  const worker = fillWorker(read('sw.js'), data);
  fs.writeFileSync(at('sw.js'), release ? await minifyCode(worker, { compress: false }) : worker);

  // 5. The headers for hosts that take a `_headers` file (headers.mjs), with this build's policy.
  if (release) fs.writeFileSync(at('_headers'), headersFile(names, policy));
  console.log(`post-build: build ${data.id}, ${data.files.length} files for the service worker, tools module ${tools.js}${release ? ', CSP and _headers written' : ''}`);
} catch (error) {
  fail(error.message);
}
