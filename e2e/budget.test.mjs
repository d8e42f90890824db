// Size budget: everything the page downloads on first load, gzip-compressed, stays under 200 KB;
// and the build step that shortens the wasm modules' import names (scripts/short-imports.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { sizes, toolsSizes, BUDGET_BYTES } from './sizes.mjs';
import { shortenImports } from '../scripts/short-imports.mjs';

test(`first-load transfer (gzip) is at most ${BUDGET_BYTES} bytes`, () => {
  const { files, total } = sizes('dist');
  const table = files.map((f) => `#   ${f.name.padEnd(48)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip ${String(f.brotli).padStart(8)} brotli`);
  console.log(['# first-load files:', ...table, `#   ${'total'.padEnd(48)} ${String(total.raw).padStart(8)} raw ${String(total.gzip).padStart(8)} gzip ${String(total.brotli).padStart(8)} brotli`].join('\n'));
  const tools = toolsSizes('dist');
  console.log(['# loaded when a tool or the JS API is first used (not budgeted; e2e/keep.test.mjs checks a first visit does not fetch them):',
    ...tools.map((f) => `#   ${f.name.padEnd(48)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip`)].join('\n'));
  assert.equal(tools.length, 2, 'the tools module: its JS and its wasm');
  assert.ok(files.some((f) => f.name.endsWith('.wasm')) && files.some((f) => f.name === 'index.html'));
  assert.ok(total.gzip <= BUDGET_BYTES, `first load is ${total.gzip} bytes gzip, over the budget of ${BUDGET_BYTES}`);
});

test('both wasm modules import their JavaScript under short names, and each glue provides exactly those', async () => {
  for (const wasm of fs.readdirSync('dist').filter((f) => f.endsWith('_bg.wasm'))) {
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(`dist/${wasm}`)));
    assert.ok(imports.length > 50, `${wasm}: ${imports.length} imports`);
    const long = imports.filter((i) => i.name.length > 2 || i.module.length > 1);
    assert.deepEqual(long, [], `${wasm}: every import has a short name`);
    const glue = fs.readFileSync(`dist/${wasm.replace('_bg.wasm', '.js')}`, 'utf8');
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, `${wasm}: no long import name left in the glue`);
  }
});

test('shortening imports refuses what it does not understand instead of writing a broken module', () => {
  // (module (type (func)) (import "m" "f_0123456789abcdef" (func)) (import "m" "g" (memory 1)))
  const name = (s) => [s.length, ...Buffer.from(s)];
  const body = [2, ...name('m'), ...name('f_0123456789abcdef'), 0, 0, ...name('m'), ...name('g'), 2, 0, 1];
  const module = (importBody) => Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, importBody.length, ...importBody]);
  const funcOnly = [1, ...name('m'), ...name('f_0123456789abcdef'), 0, 0];
  const glue = 'const import0 = { __proto__: null, f_0123456789abcdef: function() {} }; const imports = { "m": import0 };';
  const { wasm, glue: short, count } = shortenImports(module(funcOnly), glue);
  assert.equal(count, 1);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(wasm)), [{ module: 'a', name: 'a', kind: 'function' }]);
  assert.equal(short, 'const import0 = { __proto__: null, a: function() {} }; const imports = { "a": import0 };');
  assert.throws(() => shortenImports(module(body), glue), /import m\.g is not a function/);
  assert.throws(() => shortenImports(module(funcOnly), glue.replace('f_0123456789abcdef:', 'other:')), /does not hold import f_0123456789abcdef once/);
  assert.throws(() => shortenImports(module(funcOnly), glue + ' f_0123456789abcdef();'), /does not hold import f_0123456789abcdef once/);
  assert.throws(() => shortenImports(module(funcOnly), glue.replace('"m"', '"n"')), /does not name module "m" once/);
});
