// Checks a published copy of the checker, from outside, as docs/publishing.md describes:
//   node scripts/check-site.mjs https://OWNER.github.io/REPO/
// Prints which version and build the host serves (the version as the page's footer shows it: the
// date and commit of the source) and one line per check: `ok`, `warn` (works, but a visitor
// loses something: a header the host cannot send, a file cached too briefly) or `FAIL` (visitors
// are affected: the page or its wasm cannot load, the worker is missing). Exits 1 on a failure.
import { IMMUTABLE } from './build/headers.mjs';

/**
 * Checks the site at `url`; resolves to `{ build, results }`, each result `{ level, what }` with
 * `level` `ok`, `warn` or `fail`. `fetcher` is `fetch` (replaceable in tests).
 */
export async function checkSite(url, fetcher = fetch) {
  const results = [];
  const say = (level, what) => results.push({ level, what });
  const get = (path, method = 'GET') => fetcher(new URL(path, url), { method, headers: { 'accept-encoding': 'br, gzip' } });

  const page = await get('');
  if (!page.ok || !(page.headers.get('content-type') ?? '').startsWith('text/html')) {
    say('fail', `the page answers ${page.status} ${page.headers.get('content-type') ?? ''}`.trim());
    return { build: null, version: null, results };
  }
  const html = await page.text();
  // The footer's version line (eligibility_exchange::PRODUCT_LABEL, in the static footer).
  const version = versionIn(html);
  // The release build's HTML is minified: attribute values may come without quotes.
  const metaOf = (name) => html.match(new RegExp(`<meta name="?${name}"? content="?([^"\\s>]+)`))?.[1];
  const build = metaOf('eligibility-build') ?? null;
  say(build ? 'ok' : 'fail', build ? `build ${build}` : 'the page names no build: not this checker, or not its release build');

  const headers = page.headers;
  const policy = headers.get('content-security-policy');
  if (policy?.includes("frame-ancestors 'none'")) say('ok', 'Content-Security-Policy header, framing forbidden');
  else if (/http-equiv="Content-Security-Policy"/.test(html)) say('warn', 'the Content-Security-Policy comes from the page alone: other sites may frame it (GitHub Pages cannot send headers)');
  else say('fail', 'no Content-Security-Policy at all');
  for (const [name, want] of [['x-content-type-options', 'nosniff'], ['referrer-policy', 'no-referrer'], ['permissions-policy', null]]) {
    const value = headers.get(name);
    if (value && (!want || value === want)) say('ok', `${name}: ${value}`);
    else say('warn', `${name} is ${value ? `"${value}"` : 'not sent'}${want ? ` (want ${want})` : ''}`);
  }
  say(/no-cache|max-age=0\b/.test(headers.get('cache-control') ?? '') ? 'ok' : 'warn',
    `the page's Cache-Control is ${headers.get('cache-control') ?? 'not sent'} (no-cache shows a new version on the next visit)`);

  const wasmName = html.match(/href="?(?:\.\/)?(eligibility-web-[0-9a-f]{8,16}_bg\.wasm)/)?.[1];
  if (!wasmName) say('fail', 'the page names no wasm module');
  else {
    const wasm = await get(wasmName);
    const type = wasm.headers.get('content-type');
    if (!wasm.ok) say('fail', `${wasmName} answers ${wasm.status}`);
    else if (type === 'application/wasm') say('ok', `${wasmName}: ${type}`);
    else say('fail', `${wasmName} is served as ${type} (must be application/wasm)`);
    const caching = wasm.headers.get('cache-control');
    if (caching === IMMUTABLE) say('ok', `hashed files: Cache-Control ${caching}`);
    else say('warn', `hashed files: Cache-Control ${caching ?? 'not sent'} (best: ${IMMUTABLE})`);
    const encoding = wasm.headers.get('content-encoding');
    say(encoding ? 'ok' : 'warn', `compression: ${encoding ?? 'none (about 3× the bytes for visitors)'}`);
    await wasm.arrayBuffer().catch(() => {});
  }
  for (const file of ['sw.js', 'manifest.webmanifest']) {
    const response = await get(file);
    say(response.ok ? 'ok' : 'fail', `${file} answers ${response.status}`);
    await response.arrayBuffer().catch(() => {});
  }
  const hostFile = await get('_headers');
  say(hostFile.ok ? 'warn' : 'ok', hostFile.ok ? '_headers is served as a file (this host does not read it; leave it out)' : '_headers is not served');
  return { build, version, results };
}

/**
 * The version the page's footer shows (`0.1.0 (2026-12-05 a1b2c3d)`: the version, and the date
 * and commit of the source it was built from), read from the page's HTML `text` (its footer is
 * static, crates/first-screen); null if absent.
 */
export function versionIn(text) {
  return text.match(/\d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2} [0-9a-f]{7,40}\)/)?.[0] ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node scripts/check-site.mjs URL (the published page, ending in /)');
    process.exit(2);
  }
  try {
    const { build, version, results } = await checkSite(url.endsWith('/') ? url : `${url}/`);
    for (const { level, what } of results) console.log(`${level === 'fail' ? 'FAIL' : level.padEnd(4)}  ${what}`);
    if (build) console.log(`\nThe host serves version ${version ?? '(not found in the page)'}, build ${build}.`);
    process.exit(results.some((r) => r.level === 'fail') ? 1 : 0);
  } catch (error) {
    console.error(`check-site: ${url}: ${error.message}`);
    process.exit(1);
  }
}
