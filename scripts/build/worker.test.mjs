// Unit tests of the service worker's build data, on a small built folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildData, fillWorker, filesIn, notCached, PLACEHOLDER } from './worker.mjs';

function folder(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-test-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

const BUILT = {
  'index.html': '<html>', 'sw.js': 'self.__BUILD__', 'app-1.js': 'a', 'app-1_bg.wasm': 'w', 'eligibility-tools-2.js': 't',
  'eligibility-web.d.ts': 'types', '_headers': '/*', 'icons/icon-192.png': 'png',
};

test('every page file is cached, the page as ./; host files, declarations and the worker are not', () => {
  const dir = folder(BUILT);
  assert.deepEqual(filesIn(dir), Object.keys(BUILT).sort());
  const { id, files } = buildData(dir, filesIn(dir));
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.deepEqual(files, ['./', './app-1.js', './app-1_bg.wasm', './eligibility-tools-2.js', './icons/icon-192.png']);
  for (const name of ['sw.js', '_headers', '_redirects', 'eligibility-web.d.ts']) assert.ok(notCached(name), name);
});

test('the id changes with any cached file\'s content or name, and only with those', () => {
  const base = buildData(folder(BUILT), Object.keys(BUILT)).id;
  const changed = (edit) => { const files = { ...BUILT, ...edit }; return buildData(folder(files), Object.keys(files)).id; };
  assert.notEqual(changed({ 'app-1.js': 'b' }), base);
  assert.notEqual(changed({ 'index.html': '<html lang=nl>' }), base);
  assert.notEqual(changed({ 'extra-3.css': '' }), base);
  assert.equal(changed({ 'sw.js': 'other', '_headers': 'other', 'eligibility-web.d.ts': 'other' }), base);
});

test('the worker gets the data as one JSON value in place of its token, and nothing else changes', () => {
  const source = `const BUILD = ${PLACEHOLDER};\nconst A = /\\/x/;\n`;
  assert.equal(fillWorker(source, { id: 'ab', files: ['./'] }), 'const BUILD = {"id":"ab","files":["./"]};\nconst A = /\\/x/;\n');
  assert.throws(() => fillWorker('const BUILD = 1;', {}), /exactly once/);
  assert.throws(() => fillWorker(`${PLACEHOLDER}${PLACEHOLDER}`, {}), /exactly once/);
});

test('www/sw.js holds the token once and is valid JavaScript once filled', async () => {
  const source = fs.readFileSync('www/sw.js', 'utf8');
  const filled = fillWorker(source, { id: '0123456789abcdef', files: ['./'] });
  // Parses as a script: `new Function` compiles without running it.
  assert.doesNotThrow(() => new Function(filled));
  assert.match(filled, /const BUILD = \{"id":"0123456789abcdef","files":\["\.\/"\]\};/);
});
