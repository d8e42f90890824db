// Shortens the names the wasm module imports from its wasm-bindgen JavaScript, in both files.
//
// Why: wasm-bindgen names each import like `__wbg_getItem_17f98dee3b43fa7e`, under the module
// `./eligibility-web_bg.js`. The 16 hex digits do not compress, and every name is shipped twice
// (in the wasm import section and as a key in the glue), so together they cost about 5 KB gzip of
// the first load. Emscripten shortens the same boundary by default. binaryen 132 has an
// imports-only pass (`--minify-imports`), but it leaves the module name long, re-encodes the whole
// module (about +1.1 KB gzip unless every optimisation is run again; BENCHMARKS.md) and still
// leaves the glue to rewrite; its sibling passes also rename the exports, which would make the
// published `eligibility-web.d.ts` wrong. So this renames the imports only, in both files, and
// leaves every other byte of the wasm as wasm-opt wrote it.
//
// It reads the shape of wasm-bindgen 0.2.130's unminified glue (`name: function(` keys): after a
// wasm-bindgen upgrade, run `node --test scripts/` and the budget test before anything else.
//
// Only function imports are expected (wasm-bindgen's web target imports nothing else); anything
// else, or a name the glue does not hold exactly once as a key, stops the build.

/** Reads an unsigned LEB128 at `at`: `[value, next offset]`. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error('the module ends inside a number (truncated)');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Encodes an unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();
const name = (s) => [...toLeb(utf8.encode(s).length), ...utf8.encode(s)];

/** The n-th short name: a … z, A … Z, then two letters and more. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

/**
 * `wasm` (bytes) and `glue` (the unminified wasm-bindgen JavaScript) with short import names:
 * returns `{ wasm, glue, count }`. Throws with a message when either is not as expected.
 */
export function shortenImports(wasm, glue) {
  if (text.decode(wasm.subarray(0, 4)) !== '\0asm') throw new Error('not a wasm module');
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    // The import section: a vector of (module, name, kind, type index).
    const [count, start] = leb(wasm, body);
    let p = start;
    const modules = new Map();
    const out = [...toLeb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, m] = leb(wasm, p);
      const module = text.decode(wasm.subarray(m, m + moduleLength));
      const [fieldLength, f] = leb(wasm, m + moduleLength);
      const field = text.decode(wasm.subarray(f, f + fieldLength));
      p = f + fieldLength;
      if (wasm[p] !== 0) throw new Error(`import ${module}.${field} is not a function`);
      const [, next] = leb(wasm, p + 1);
      const kindAndType = wasm.subarray(p, next);
      p = next;
      if (!modules.has(module)) {
        const moduleKey = `${JSON.stringify(module)}:`;
        if (glue.split(moduleKey).length !== 2) throw new Error(`the glue does not name module ${JSON.stringify(module)} once`);
        modules.set(module, shortName(modules.size));
        glue = glue.replace(moduleKey, `${JSON.stringify(modules.get(module))}:`);
      }
      const short = shortName(i);
      // The key in the glue's import object: `name: function(` (or `name(` as a method).
      const key = new RegExp(`(?<![\\w$.])${field.replace(/\$/g, '\\$')}(?=\\s*[:(])`, 'g');
      const found = glue.match(key)?.length ?? 0;
      if (found !== 1 || glue.split(field).length !== 2) throw new Error(`the glue does not hold import ${field} once, as a key`);
      glue = glue.replace(key, short);
      out.push(...name(modules.get(module)), ...name(short), ...kindAndType);
    }
    if (p !== body + size) throw new Error('the import section did not end where its size says');
    const section = [2, ...toLeb(out.length), ...out];
    const result = new Uint8Array(wasm.length - (body + size - at) + section.length);
    result.set(wasm.subarray(0, at), 0);
    result.set(section, at);
    result.set(wasm.subarray(body + size), at + section.length);
    return { wasm: result, glue, count };
  }
  throw new Error('the module has no import section');
}
