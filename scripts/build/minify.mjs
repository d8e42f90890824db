// JavaScript minifying with terser: Trunk leaves wasm-bindgen's glue as generated, and its own
// minifier cannot read boot.js's dynamic `import()`.
import { minify } from 'terser';

/**
 * `code` minified. `module`: an ES module (the glue) rather than a classic script; `mangle`:
 * shorten local names (not for the service worker's globals, which stay readable). Throws with
 * terser's message on code it cannot read.
 */
export async function minifyCode(code, { module = false, compress = { passes: 2 } } = {}) {
  const result = await minify(code, { module, ecma: 2020, compress, mangle: true });
  if (typeof result.code !== 'string') throw new Error('terser returned no code');
  return result.code;
}
