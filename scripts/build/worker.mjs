// The service worker's build data: which files of this build it caches, under which name. The
// worker itself is a source file (`www/sw.js`); the build only writes this one JSON value into it,
// in place of the token `self.__BUILD__`.
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from './hashed.mjs';
import { fillToken } from './fill.mjs';

/** The token in `www/sw.js` that the build replaces with the build's data. */
export const PLACEHOLDER = 'self.__BUILD__';

/**
 * Files of a built folder that the worker must never cache: the worker itself, files only
 * programs read (the TypeScript declarations) and files for the host, not the browser
 * (`_headers`, `_redirects`).
 */
export const notCached = (name) => name === 'sw.js' || name.endsWith('.d.ts') || name.startsWith('_');

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
export function filesIn(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The build data of the files `names` of `dir`: `{ id, files }`. `id` is a hash of every cached
 * file's name and content (a new build, a new id); `files` are the URLs to cache, relative to
 * the worker: `./` (the page) and every other cached file (index.html is the page itself).
 */
export function buildData(dir, names) {
  const cached = names.filter((name) => !notCached(name));
  const id = contentHash(...cached.flatMap((name) => [name, fs.readFileSync(path.join(dir, name))]));
  return { id, files: ['./', ...cached.filter((name) => name !== 'index.html').map((name) => `./${name}`)] };
}

/** The worker source `source` with `data` written in. Throws unless the token is there once. */
export function fillWorker(source, data) {
  return fillToken(source, PLACEHOLDER, data);
}
