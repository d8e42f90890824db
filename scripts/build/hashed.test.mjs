// Unit tests of the tools module's content-hashed names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, hashModule, hashedName } from './hashed.mjs';

const glue = 'function d(){return new URL("eligibility-tools_bg.wasm",import.meta.url)}export default d;';

test('the names carry a hash of both files; the glue loads the renamed wasm', () => {
  const wasm = Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0]);
  const named = hashModule('eligibility-tools', glue, wasm);
  const hash = contentHash(glue, wasm);
  assert.match(hash, /^[0-9a-f]{16}$/);
  assert.equal(named.js, `eligibility-tools-${hash}.js`);
  assert.equal(named.wasm, `eligibility-tools-${hash}_bg.wasm`);
  assert.equal(named.glue, glue.replace('eligibility-tools_bg.wasm', named.wasm));
  // Another wasm or another glue: another name.
  assert.notEqual(hashModule('eligibility-tools', glue, Uint8Array.from([1])).js, named.js);
  assert.notEqual(hashModule('eligibility-tools', `${glue} `, wasm).js, named.js);
});

test('a glue that does not name its wasm exactly once stops the build', () => {
  assert.throws(() => hashModule('eligibility-tools', 'export default 1;', new Uint8Array()), /does not name eligibility-tools_bg\.wasm exactly once/);
  assert.throws(() => hashModule('eligibility-tools', glue + glue, new Uint8Array()), /exactly once/);
});

test('a copied file gets its content hash before its extensions', () => {
  assert.equal(hashedName('lz-string.min.js', 'abc'), `lz-string-${contentHash('abc')}.min.js`);
  assert.equal(hashedName('LICENSE', 'x'), `LICENSE-${contentHash('x')}`);
  assert.notEqual(hashedName('lz-string.min.js', 'abd'), hashedName('lz-string.min.js', 'abc'));
});
