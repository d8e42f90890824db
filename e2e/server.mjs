// A tiny static file server for the built page (dist/), on 127.0.0.1 only.
// Serves .wasm as application/wasm so streaming compilation works; with `gzip`, compresses as a
// host does for a browser that accepts it (zlib level 9, as the budgets count); logs nothing.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts a server for `root` on a free port (or `port`), at the site's root or under the path
 * `at` (`/checker/app/`: anything else is 404, as on a host that serves a folder); resolves to
 * { url, close }, `url` ending in `at`.
 */
export async function serve(root, { port = 0, headers = {}, gzip = false, at = '/' } = {}) {
  const base = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (!url.pathname.startsWith(at)) throw new Error('outside the served path');
      let file = path.normalize(path.join(base, decodeURIComponent(url.pathname.slice(at.length - 1))));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await fs.stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      let body = await fs.readFile(file);
      const type = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = zlib.gzipSync(body, { level: 9 });
        type['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { ...type, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return { url: `http://127.0.0.1:${actual}${at}`, close: () => new Promise((r) => server.close(r)) };
}

// `node e2e/server.mjs [dir] [port]` serves by hand (used by the benchmark and for debugging).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 8081) });
  console.log(`serving on ${url}`);
}
