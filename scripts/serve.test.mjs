// Unit tests of the preview server (scripts/serve.mjs) on a small folder: it must behave as the
// hosts the guide names do, or `make preview` and the end-to-end tests would hide what visitors get.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, chooseEncoding } from './serve.mjs';

let dir;
let server;
let origin;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>page</p>'.repeat(20));
  fs.writeFileSync(path.join(dir, 'app-0123456789abcdef_bg.wasm'), Buffer.alloc(2000, 1));
  fs.mkdirSync(path.join(dir, 'icons'));
  fs.writeFileSync(path.join(dir, 'icons', 'a.png'), Buffer.from([137, 80, 78, 71]));
  fs.writeFileSync(path.join(dir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n/\n  Cache-Control: no-cache\n/app-0123456789abcdef_bg.wasm\n  Cache-Control: immutable\n  Content-Type: application/wasm\n');
  server = await serve(dir, { host: true, at: '/sub/' });
  origin = new URL(server.url).origin;
});
after(async () => { await server.close(); fs.rmSync(dir, { recursive: true }); });

/** A raw answer (no decompression, no redirect followed). */
const get = (pathname, headers = {}) => fetch(`${origin}${pathname}`, { headers, redirect: 'manual' });

test('the encoding follows Accept-Encoding: brotli first, then gzip, none when refused', () => {
  assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(chooseEncoding('gzip'), 'gzip');
  assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(chooseEncoding('identity'), null);
  assert.equal(chooseEncoding(undefined), null);
  assert.equal(chooseEncoding('br', ['gzip']), null);
});

test('compressed as asked, with the rules of _headers from the published folder', async () => {
  const page = await get('/sub/', { 'accept-encoding': 'br' });
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-encoding'), 'br');
  assert.equal(page.headers.get('vary'), 'Accept-Encoding');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  // fetch decodes the body as a browser does; the length sent is the compressed one.
  const original = fs.readFileSync(path.join(dir, 'index.html'));
  assert.equal(await page.text(), original.toString());
  assert.equal(Number(page.headers.get('content-length')), zlib.brotliCompressSync(original, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  const wasm = await get('/sub/app-0123456789abcdef_bg.wasm', { 'accept-encoding': 'gzip' });
  assert.equal(wasm.headers.get('content-encoding'), 'gzip');
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('cache-control'), 'immutable');
  const png = await get('/sub/icons/a.png', { 'accept-encoding': 'br' });
  assert.equal(png.headers.get('content-encoding'), null, 'PNG is compressed already');
  assert.equal(png.headers.get('content-type'), 'image/png');
});

test('_headers is not served, nothing outside the folder is, a folder gets its slash', async () => {
  assert.equal((await get('/sub/_headers')).status, 404);
  assert.equal((await get('/index.html')).status, 404);
  assert.equal((await get('/sub/../index.html')).status, 404);
  const bare = await get('/sub?x=1');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.get('location'), '/sub/?x=1');
  assert.equal((await get('/sub/icons')).headers.get('location'), '/sub/icons/');
});

test('an unchanged file is answered 304 for its ETag', async () => {
  const first = await get('/sub/', { 'accept-encoding': 'gzip' });
  const etag = first.headers.get('etag');
  assert.match(etag, /^"[\w-]+"$/);
  const again = await get('/sub/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
  assert.equal(again.status, 304);
  assert.equal((await get('/sub/', { 'accept-encoding': 'br', 'if-none-match': etag })).status, 200, 'another encoding, another ETag');
});
