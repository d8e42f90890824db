// A small static file server for the built page (dist/), on 127.0.0.1 only, used by `make preview`,
// the end-to-end tests and the benchmarks. With `host: true` it serves as a production host does:
// - compressed for a browser that accepts it, brotli before gzip (the best settings, as the
//   budgets count them), with `Vary: Accept-Encoding`;
// - the build's `_headers` applied (scripts/build/headers.mjs), as Netlify and Cloudflare Pages
//   do, and files whose name starts with `_` answered 404, as hosts do;
// - an ETag on every response and 304 for a matching `If-None-Match` (what `no-cache` costs);
// - a folder asked for without its final slash redirected to it, as GitHub Pages does.
// Without `host`, it serves plain files, gzip only if asked (`gzip: true`). `.wasm` is always
// `application/wasm`, so streaming compilation works. It logs nothing.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { parseHeaders, headersFor } from './build/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ts': 'text/plain; charset=utf-8',
};
/** Types worth compressing (PNG is compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json))|^image\/svg/;

const ENCODERS = {
  br: (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (body) => zlib.gzipSync(body, { level: 9 }),
};

/** The encoding to send for an `Accept-Encoding` header among `offered`, or null. */
export function chooseEncoding(accept = '', offered = ['br', 'gzip']) {
  const accepted = new Map(accept.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name, q ? Number(q.slice(2)) : 1];
  }));
  return offered.find((name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0) ?? null;
}

/**
 * Starts a server for `root` on a free port (or `port`), at the site's root or under the path
 * `at` (`/checker/app/`: anything else is 404, as on a host that serves a folder); resolves to
 * { url, close }, `url` ending in `at`. Options: `host` (see the top of this file), `gzip` (plain
 * mode only: gzip for a browser that accepts it) and `headers` (added to every answer).
 */
export async function serve(root, { port = 0, headers = {}, gzip = false, host = false, at = '/' } = {}) {
  const base = path.resolve(root);
  const offered = host ? ['br', 'gzip'] : gzip ? ['gzip'] : [];
  const compressed = new Map(); // "file encoding mtime" → bytes: brotli at its best is slow

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (host && `${url.pathname}/` === at) return redirect(res, `${at}${url.search}`);
      if (!url.pathname.startsWith(at)) throw new Error('outside the served path');
      const relative = decodeURIComponent(url.pathname.slice(at.length));
      if (host && relative.split('/').some((part) => part.startsWith('_'))) throw new Error('host file');
      let file = path.normalize(path.join(base, relative));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await fs.stat(file).catch(() => null))?.isDirectory()) {
        if (host && !url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
        file = path.join(file, 'index.html');
      }
      const stat = await fs.stat(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const out = { 'content-type': type };
      let body = await fs.readFile(file);
      const encoding = COMPRESSIBLE.test(type) ? chooseEncoding(req.headers['accept-encoding'], offered) : null;
      if (encoding) {
        const key = `${file} ${encoding} ${stat.mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body));
        body = compressed.get(key);
        out['content-encoding'] = encoding;
      }
      if (host) {
        // The host's rules, from the site's root: the folder `at` is published as the site. Read
        // at each request, so a build published over the folder brings its own.
        const rules = parseHeaders(await fs.readFile(path.join(base, '_headers'), 'utf8').catch(() => ''));
        Object.assign(out, headersFor(rules, `/${relative}`));
        out.vary = 'Accept-Encoding';
        out.etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
        if (req.headers['if-none-match'] === out.etag) {
          res.writeHead(304, out);
          return res.end();
        }
      }
      res.writeHead(200, { ...out, 'content-length': body.length, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  // `close` ends open connections too (a browser keeps some alive) and may be called twice: a test
  // stops the server to go offline, and its clean-up stops it again.
  let closed = null;
  const close = () => closed ??= new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${actual}${at}`, close };
}

function redirect(res, location) {
  res.writeHead(301, { location, 'content-type': 'text/plain' });
  res.end(`moved to ${location}`);
}

// `node scripts/serve.mjs [dir] [port]` serves plain files by hand (for debugging); `make preview`
// serves as a host does (scripts/preview.mjs).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 8081) });
  console.log(`serving on ${url}`);
}
