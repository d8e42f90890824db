// Unit tests of the `_headers` step: what the file says, and that reading it back gives each file
// the headers a host would send.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, parseHeaders, headersFor, isHashed, matches, IMMUTABLE, REVALIDATE } from './headers.mjs';

const POLICY = "default-src 'none'; script-src 'self' 'sha256-abc='";
const FILES = [
  '_headers', 'boot-0123456789abcdef.js', 'eligibility-web-0123456789abcdef_bg.wasm', 'eligibility-web.d.ts',
  'icon-192.png', 'index.html', 'lz-string-0123456789abcdef.min.js', 'manifest.webmanifest', 'sw.js',
];

test('hashed names are told from the rest', () => {
  // Trunk's hashes lose their leading zeros: 15 digits or fewer happen.
  for (const name of ['boot-0123456789abcdef.js', 'eligibility-tools-0123456789abcdef_bg.wasm', 'lz-string-0123456789abcdef.min.js', 'favicon-23156d7c8f14db8d.svg', 'eligibility-web-ea1856e6e09e2fa_bg.wasm', 'eligibility-web-ea1856e6e09e2fa.js']) {
    assert.ok(isHashed(name), name);
  }
  for (const name of ['index.html', 'sw.js', 'manifest.webmanifest', 'icon-192.png', 'eligibility-web.d.ts', 'boot-0123.js', 'boot-0123456789ABCDEF.js']) {
    assert.ok(!isHashed(name), name);
  }
});

test('every file gets the security headers once, its caching and, for wasm, its type', () => {
  const rules = parseHeaders(headersFile(FILES, POLICY));
  const page = headersFor(rules, '/');
  assert.equal(page['content-security-policy'], `${POLICY}; frame-ancestors 'none'`);
  assert.equal(page['x-content-type-options'], 'nosniff');
  assert.equal(page['referrer-policy'], 'no-referrer');
  assert.match(page['permissions-policy'], /^(?:[a-z-]+=\(\)(?:, |$))+$/);
  assert.match(page['permissions-policy'], /camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  assert.ok(!page['permissions-policy'].includes('clipboard'), 'the share link copies to the clipboard');
  assert.equal(page['cache-control'], REVALIDATE);
  for (const name of ['index.html', 'sw.js', 'manifest.webmanifest', 'icon-192.png', 'eligibility-web.d.ts']) {
    assert.equal(headersFor(rules, `/${name}`)['cache-control'], REVALIDATE, name);
  }
  for (const name of ['boot-0123456789abcdef.js', 'lz-string-0123456789abcdef.min.js']) {
    assert.equal(headersFor(rules, `/${name}`)['cache-control'], IMMUTABLE, name);
  }
  const wasm = headersFor(rules, '/eligibility-web-0123456789abcdef_bg.wasm');
  assert.equal(wasm['cache-control'], IMMUTABLE);
  assert.equal(wasm['content-type'], 'application/wasm');
  assert.equal(headersFor(rules, '/boot-0123456789abcdef.js')['content-type'], undefined, 'the host knows JavaScript');
  // No header is joined from two rules (hosts would send "no-cache, public, …").
  for (const name of FILES) {
    for (const value of Object.values(headersFor(rules, `/${name}`))) assert.ok(!value.includes(`${REVALIDATE}, `), value);
  }
  assert.ok(!rules.some((r) => r.path === '/_headers'), 'the file names no rule for itself');
});

test('a path with * matches any characters; others match exactly', () => {
  assert.ok(matches('/*', '/'));
  assert.ok(matches('/*', '/a/b.js'));
  assert.ok(matches('/a.js', '/a.js'));
  assert.ok(!matches('/a.js', '/aXjs'), 'a dot is a dot');
  assert.ok(!matches('/a.js', '/b/a.js'));
  assert.ok(matches('/static/*.css', '/static/x.css'));
});

test('two rules setting one header are joined with a comma, as hosts do', () => {
  const rules = parseHeaders('/*\n  X-A: 1\n# note\n\n/x\n  x-a: 2\n  X-B: y: z\n');
  assert.deepEqual(headersFor(rules, '/x'), { 'x-a': '1, 2', 'x-b': 'y: z' });
  assert.deepEqual(headersFor(rules, '/y'), { 'x-a': '1' });
});

test('a malformed file is refused with its line', () => {
  assert.throws(() => parseHeaders('  X-A: 1\n'), /line 1/);
  assert.throws(() => parseHeaders('/x\n  not a header\n'), /line 2/);
});
