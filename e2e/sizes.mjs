// Sizes of the built page's files: raw, gzip (level 9) and brotli (quality 11).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The first-load budget of the page, gzip, in bytes (200 KB). */
export const BUDGET_BYTES = 200_000;

/** Whether a file of the build belongs to the tools module, loaded only when a tool is first used. */
export const isToolsFile = (name) => name.startsWith('eligibility-tools');

/**
 * The names of every file of `dir` that the page loads on first visit: the page, its assets, the
 * service worker; not the TypeScript declarations of the JS API (`*.d.ts`), which only programs
 * read, nor the tools module, which the page loads when a tool is first used (e2e/budget.test.mjs
 * checks in Chromium that a first visit does not fetch it).
 */
export function pageFiles(dir) {
  return fs.readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.endsWith('.d.ts') && !isToolsFile(f))
    .sort();
}

/** The tools module's files, with their sizes (reported, not budgeted). */
export function toolsSizes(dir) {
  return fs.readdirSync(dir).filter(isToolsFile).sort().map((name) => {
    const body = fs.readFileSync(path.join(dir, name));
    return { name, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
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
