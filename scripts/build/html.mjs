// What the build reads from and writes into Trunk's index.html. Trunk writes asset URLs from its
// `public_url`: `/name-hash.js` at the root, `./name-hash.js` for a relative build; both are read.
import crypto from 'node:crypto';

/** Escapes `text` for use inside a regular expression. */
export const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An optional `/` or `./` before a file name in a URL. */
const PREFIX = String.raw`(?:\.?/)?`;

/**
 * The page's own scripts and wasm as Trunk wrote them into `html`: `{ glue, boot, wasm }`, file
 * names without any `/` or `./`. Throws naming what is missing.
 */
export function findAssets(html) {
  // The loader: `import init, * as bindings from '/name-hash.js'` … `module_or_path: '/name_bg.wasm'`.
  const glue = html.match(new RegExp(String.raw`from '${PREFIX}([^'/]+\.js)'`))?.[1];
  const wasm = html.match(new RegExp(String.raw`module_or_path: '${PREFIX}([^'/]+\.wasm)'`))?.[1];
  // boot.js, a classic script (Trunk may leave its `src` unquoted after minifying).
  const boot = html.match(new RegExp(String.raw`src=["']?${PREFIX}(boot-[^\s"'>/]+\.js)`))?.[1];
  const missing = Object.entries({ 'the wasm-bindgen module': glue, 'its wasm': wasm, 'boot.js': boot })
    .filter(([, found]) => !found).map(([what]) => what);
  if (missing.length) throw new Error(`cannot find ${missing.join(', ')} in index.html`);
  return { glue, boot, wasm };
}

/** The Subresource Integrity value of `content` (`sha384-…`). */
export function integrityOf(content) {
  return `sha384-${crypto.createHash('sha384').update(content).digest('base64')}`;
}

/**
 * `html` with the integrity attribute of every tag that names `file` set to `content`'s hash.
 * Throws when no such attribute is found: the browser would refuse the changed file.
 */
export function renewIntegrity(html, file, content) {
  const integrity = integrityOf(content);
  const tag = new RegExp(String.raw`<[^>]*${PREFIX}${literal(file)}[^>]*>`, 'g');
  const renewed = html.replace(tag, (t) => t.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=$1${integrity}$1`));
  if (renewed === html) throw new Error(`no integrity attribute found for ${file}; the browser would refuse the changed file`);
  return renewed;
}

/** `html` with `tags` (markup) put right after its `<meta charset>`, before every script. */
export function afterCharset(html, tags) {
  const charset = html.match(/<meta charset=[^>]*>/i);
  if (!charset) throw new Error('no <meta charset> in index.html to put tags after');
  return html.replace(charset[0], `${charset[0]}${tags}`);
}

/** A `<meta name content>` tag; `content` is escaped for an attribute. */
export function meta(name, content) {
  const escaped = String(content).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta name="${name}" content="${escaped}">`;
}

/**
 * `html` with its `<script data-inline-src="source"></script>` (empty) holding `code`, the script
 * written in. Throws when the tag is not there exactly once, or when `code` would end the script
 * early.
 */
export function inlineScript(html, source, code) {
  // Trunk's HTML minifier may drop the quotes.
  const tag = new RegExp(String.raw`<script data-inline-src=("?)${literal(source)}\1></script>`, 'g');
  const found = html.match(tag)?.length ?? 0;
  if (found !== 1) throw new Error(`index.html must hold <script data-inline-src="${source}"></script> once (found ${found})`);
  if (/<\/script|<!--/i.test(code)) throw new Error(`${source} holds "</script" or "<!--", which would break the page`);
  return html.replace(tag, () => `<script>${code}</script>`);
}
