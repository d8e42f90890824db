// Size budget: everything the page downloads on first load, gzip-compressed, stays under 200 KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
