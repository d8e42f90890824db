// Unit tests of the import-name shortening, on hand-made modules: what it writes, and what it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenImports } from './short-imports.mjs';

// (module (type (func)) (import "m" "f_0123456789abcdef" (func)) [(import "m" "g" (memory 1))])
const name = (s) => [s.length, ...Buffer.from(s)];
const module = (importBody) => Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, importBody.length, ...importBody]);
const funcOnly = [1, ...name('m'), ...name('f_0123456789abcdef'), 0, 0];
const withMemory = [2, ...name('m'), ...name('f_0123456789abcdef'), 0, 0, ...name('m'), ...name('g'), 2, 0, 1];
const glue = 'const import0 = { __proto__: null, f_0123456789abcdef: function() {} }; const imports = { "m": import0 };';

test('imports get short names in both the wasm and the glue', () => {
  const { wasm, glue: short, count } = shortenImports(module(funcOnly), glue);
  assert.equal(count, 1);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(wasm)), [{ module: 'a', name: 'a', kind: 'function' }]);
  assert.equal(short, 'const import0 = { __proto__: null, a: function() {} }; const imports = { "a": import0 };');
});

test('what it does not understand stops the build instead of writing a broken module', () => {
  assert.throws(() => shortenImports(module(withMemory), glue), /import m\.g is not a function/);
  assert.throws(() => shortenImports(module(funcOnly), glue.replace('f_0123456789abcdef:', 'other:')), /does not hold import f_0123456789abcdef once/);
  assert.throws(() => shortenImports(module(funcOnly), `${glue} f_0123456789abcdef();`), /does not hold import f_0123456789abcdef once/);
  assert.throws(() => shortenImports(module(funcOnly), glue.replace('"m"', '"n"')), /does not name module "m" once/);
  assert.throws(() => shortenImports(Uint8Array.from([1, 2, 3, 4]), glue), /not a wasm module/);
});

test('a truncated module is refused with a message, never an endless loop', () => {
  const whole = module(funcOnly);
  for (let length = 9; length < whole.length; length += 1) {
    assert.throws(() => shortenImports(whole.subarray(0, length), glue), /truncated|import section|not a function|does not/, `cut at ${length}`);
  }
  // A number whose continuation bit never ends.
  assert.throws(() => shortenImports(Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0, 2, 0x80, 0x80]), glue), /truncated/);
});
