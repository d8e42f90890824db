// The loader's texts (www/boot.js's messages in index.html, www/extras.js's), read from the
// catalogue of the page's own texts (crates/browser/src/text/{en,nl}.txt, `loader.*` keys), so
// every text of the product lives in a checked catalogue and the build only writes them in.
import fs from 'node:fs';
import path from 'node:path';

export const CATALOGUE = 'crates/browser/src/text';
export const LANGUAGES = ['en', 'nl'];

/** `{ key: text }` of a catalogue file's text (`key = text` lines, `#` comments). */
export function parseCatalogue(text) {
  const entries = {};
  for (const [i, line] of text.split('\n').entries()) {
    if (line.startsWith('#') || !line.trim()) continue;
    const at = line.indexOf(' = ');
    if (at < 1) throw new Error(`line ${i + 1}: not \`key = text\`: ${line}`);
    entries[line.slice(0, at)] = line.slice(at + 3);
  }
  return entries;
}

/**
 * The texts of `section` (`loader`) in every language, keys without the section:
 * `{ en: { load: '…' }, nl: { … } }`. Throws when a language lacks a key the other has.
 */
export function sectionTexts(dir, section) {
  const texts = {};
  for (const lang of LANGUAGES) {
    const all = parseCatalogue(fs.readFileSync(path.join(dir, `${lang}.txt`), 'utf8'));
    texts[lang] = Object.fromEntries(Object.entries(all)
      .filter(([key]) => key.startsWith(`${section}.`))
      .map(([key, text]) => [key.slice(section.length + 1), text]));
  }
  const keys = (lang) => Object.keys(texts[lang]).sort().join(',');
  if (keys('en') !== keys('nl')) throw new Error(`the ${section} texts differ between en.txt and nl.txt`);
  if (!keys('en')) throw new Error(`no ${section}.* texts in the catalogue`);
  return texts;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The content of index.html's `<template id="fatal-texts">`: the load and trap messages and Reload, per language. */
export function fatalTemplate(texts) {
  return LANGUAGES.flatMap((lang) => [
    `<p data-kind="load" lang="${lang}">${escape(texts[lang].load)}</p>`,
    `<p data-kind="trap" lang="${lang}">${escape(texts[lang].trap)}</p>`,
    `<button type="button" lang="${lang}">${escape(texts[lang].reload)}</button>`,
  ]).join('');
}

/** `html` with the fatal texts written into its empty `<template id="fatal-texts">`. */
export function fillFatalTemplate(html, texts) {
  const empty = /<template id="?fatal-texts"?>\s*<\/template>/;
  if (!empty.test(html)) throw new Error('index.html must hold an empty <template id="fatal-texts">');
  return html.replace(empty, `<template id="fatal-texts">${fatalTemplate(texts)}</template>`);
}
