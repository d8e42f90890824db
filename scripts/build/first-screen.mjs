// The page's static parts in index.html: the header's and footer's texts, which stay for the
// app's whole life, and the first screen in #app, which the app's mount replaces (no hydration).
// They are rendered by Yew's ServerRenderer in a native build step (crates/first-screen, both
// languages) and put into the empty elements of the same ids.
import { execFileSync } from 'node:child_process';
import { literal } from './html.mjs';

/** The elements the static parts go into, by id, each empty in the source index.html. */
export const PLACES = { header: 'site-header', app: 'app', footer: 'site-footer' };

/** The static parts as the native step renders them: `{ header, app, footer }`, HTML each. */
export function renderStaticParts() {
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'eligibility-first-screen'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/**
 * `html` with each of `parts` (`{ header, app, footer }`) as the content of the element of its id
 * (PLACES), which must be there and empty. Throws when one is missing or not empty, or when a part
 * is empty or holds a script, inline style or an element id the page already has.
 */
export function fillStaticParts(html, parts) {
  let filled = html;
  for (const [part, id] of Object.entries(PLACES)) {
    const fragment = parts[part] ?? '';
    if (!fragment.trim()) throw new Error(`the static part "${part}" is empty`);
    if (/<script|\sstyle=|<style/i.test(fragment)) throw new Error(`the static part "${part}" may hold no script or inline style`);
    for (const other of Object.values(PLACES)) {
      if (new RegExp(`\\sid="?${literal(other)}[\\s">]`).test(fragment)) throw new Error(`the static part "${part}" holds #${other}`);
    }
    const empty = new RegExp(`<(\\w+)([^>]*\\sid="?${literal(id)}"?(?=[\\s>])[^>]*)>\\s*</\\1>`);
    if (!empty.test(filled)) throw new Error(`index.html must hold an empty element with id "${id}" for the static part "${part}"`);
    filled = filled.replace(empty, (_, tag, attributes) => `<${tag}${attributes}>${fragment}</${tag}>`);
  }
  return filled;
}
