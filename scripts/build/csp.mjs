// The page's Content-Security-Policy: nothing but the page's own files, each inline script (Trunk's
// loader) allowed by its SHA-256 hash instead of 'unsafe-inline', and no inline style at all.
import crypto from 'node:crypto';

/** The `'sha256-…'` source of every inline script of `html`, in document order. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/**
 * The policy for `html`, as one header value. Throws when `html` has inline style, which the
 * policy does not allow.
 */
export function policyFor(html) {
  if (/\sstyle=|<style[\s>]/i.test(html)) throw new Error('index.html has inline style; the policy allows none');
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy as a `<meta http-equiv>` tag (what a host that sends no headers still enforces). */
export function policyMeta(policy) {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
