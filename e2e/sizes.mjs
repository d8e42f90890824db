// Sizes of the built page's files: raw, gzip (level 9) and brotli (quality 11).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The first-load budget of the page, gzip, in bytes (200 KB). */
export const BUDGET_BYTES = 200_000;

/**
 * The names of every file of `dir` that the page loads on first visit: the page, its assets, the
 * service worker; not the TypeScript declarations of the JS API (`*.d.ts`), which only programs read.
 */
export function pageFiles(dir) {
  return fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.endsWith('.d.ts')).sort();
}

/** Raw, gzip and brotli size of each of the page's files (`pageFiles`), and their totals. */
export function sizes(dir) {
  const files = pageFiles(dir).map((name) => {
    const body = fs.readFileSync(path.join(dir, name));
    return {
      name,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}
