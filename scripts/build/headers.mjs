// The `_headers` file for hosts that take one (Netlify, Cloudflare Pages): the build's
// Content-Security-Policy as an HTTP header, the security headers, and caching by file name. Its
// syntax is theirs: a path on its own line, then indented `Name: value` lines; every rule whose
// path matches a request applies, and the same header from two rules is joined with a comma (so
// each header here comes from one rule only). `make preview` (scripts/preview.mjs) reads the
// file back with `parseHeaders` and applies it as those hosts do.

/** What the page never uses, denied to it and to anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media',
  'fullscreen', 'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone',
  'midi', 'payment', 'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock',
  'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** A year, the longest `max-age` worth sending, for files whose name changes with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Ask the host every time (a cheap 304 when unchanged): the page, the worker, unhashed files. */
export const REVALIDATE = 'no-cache';

/**
 * Whether the build file `name` carries its content's hash (`style-0123456789abcdef.css`,
 * `eligibility-web-0123456789abcdef_bg.wasm`, `lz-string-0123456789abcdef.min.js`), so its bytes
 * never change under that name. Trunk writes its 64-bit hash in hex without leading zeros, so a
 * hash may be shorter than 16 digits (`eligibility-web-ea1856e6e09e2fa.js`).
 */
export const isHashed = (name) => /-[0-9a-f]{8,16}(_bg)?\.[a-z.]+$/.test(name);

/**
 * The security headers of every response: `policy` (the page's CSP, csp.mjs) with what only a
 * header can say (`frame-ancestors`: no other site may frame the checker), no MIME sniffing, no
 * Referer sent to the Microsoft pages it links, and no powerful feature.
 */
export function securityHeaders(policy) {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** The headers of one build file `name`, besides the security headers: caching and, for wasm, its type. */
export function fileHeaders(name) {
  return {
    'Cache-Control': isHashed(name) ? IMMUTABLE : REVALIDATE,
    ...(name.endsWith('.wasm') ? { 'Content-Type': 'application/wasm' } : {}),
  };
}

/**
 * The `_headers` file for a build with the files `names` (paths relative to the build folder)
 * and the page's CSP `policy`. Paths are from the site's root, where Netlify and Cloudflare Pages
 * publish a build; `/` is the page itself (hosts answer it with index.html).
 */
export function headersFile(names, policy) {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const served = names.filter((name) => !name.startsWith('_'));
  return [
    ['# Written by the build (scripts/build/headers.mjs): the CSP carries this build\'s script hashes.',
      '# Hashed names never change content, so they are cached for a year; everything else is revalidated.'].join('\n'),
    block('/*', securityHeaders(policy)),
    block('/', fileHeaders('index.html')),
    ...served.map((name) => block(`/${name}`, fileHeaders(name))),
  ].join('\n\n') + '\n';
}

/**
 * Reads a `_headers` file: its rules, in order, as `{ path, headers }` (header names as written).
 * Throws on a header line before any path or a line that is neither.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const match = line.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    if (!match || !rules.length) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rules.at(-1).headers[match[1]] = match[2];
  }
  return rules;
}

/** Whether a rule's `pattern` (exact, or with `*` for any characters) matches the URL path `path`. */
export function matches(pattern, path) {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(path);
}

/**
 * The headers `rules` give the URL path `path` (from the site's root), as those hosts apply them:
 * every matching rule, a header set by two of them joined with `, `. Names are lower case.
 */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
