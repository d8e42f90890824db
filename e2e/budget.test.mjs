// Size budget: everything the page downloads on first load, gzip-compressed, stays under 200 KB;
// and both built wasm modules import under short names (scripts/build/short-imports.mjs, whose
// refusals are unit-tested in scripts/build/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { sizes, toolsSizes, BUDGET_BYTES } from './sizes.mjs';

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
