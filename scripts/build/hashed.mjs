// Content-hashed names for what Trunk leaves unhashed: the tools module (`eligibility-tools.js`,
// `eligibility-tools_bg.wasm`) and lz-string (copied from node_modules). A hashed name is what lets the service
// worker keep several builds' files side by side: the same name is always the same bytes, so an
// open page of an older build is still served its own tools module after a new one is published.
import crypto from 'node:crypto';

/** The first 16 hex digits of the SHA-256 of `parts` (strings or bytes), in order. */
export function contentHash(...parts) {
  const digest = crypto.createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest('hex').slice(0, 16);
}

/**
 * New names for a wasm-bindgen module `stem` (`eligibility-tools`) whose glue is `glue` (text)
 * and wasm `wasm` (bytes): `{ js, wasm, glue }`, the hashed file names and the glue rewritten to
 * load the renamed wasm. Throws unless the glue names `${stem}_bg.wasm` exactly once.
 */
export function hashModule(stem, glue, wasm) {
  const hash = contentHash(glue, wasm);
  const oldWasm = `${stem}_bg.wasm`;
  const names = { js: `${stem}-${hash}.js`, wasm: `${stem}-${hash}_bg.wasm` };
  if (glue.split(oldWasm).length !== 2) throw new Error(`the glue of ${stem} does not name ${oldWasm} exactly once`);
  return { ...names, glue: glue.replace(oldWasm, names.wasm) };
}

/**
 * `name` (`lz-string.min.js`) with a hash of `content` before its first dot
 * (`lz-string-0123456789abcdef.min.js`).
 */
export function hashedName(name, content) {
  const dot = name.indexOf('.');
  const [stem, rest] = dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot)];
  return `${stem}-${contentHash(content)}${rest}`;
}
