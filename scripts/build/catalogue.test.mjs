// Unit tests of the loader's texts, read from the catalogue and written into index.html.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCatalogue, sectionTexts, fillFatalTemplate, CATALOGUE } from './catalogue.mjs';
import { fillToken } from './fill.mjs';

function catalogue(en, nl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
  fs.writeFileSync(path.join(dir, 'en.txt'), en);
  fs.writeFileSync(path.join(dir, 'nl.txt'), nl);
  return dir;
}

test('a section is read in both languages, without its prefix; a missing key stops the build', () => {
  assert.deepEqual(parseCatalogue('# note\na.b = One = two\n\nc = x'), { 'a.b': 'One = two', c: 'x' });
  assert.throws(() => parseCatalogue('no equals here'), /line 1: not `key = text`/);
  const dir = catalogue('loader.load = Start failed\npage.x = y\n', 'loader.load = Starten mislukt\npage.x = z\n');
  assert.deepEqual(sectionTexts(dir, 'loader'), { en: { load: 'Start failed' }, nl: { load: 'Starten mislukt' } });
  assert.throws(() => sectionTexts(catalogue('loader.a = A\n', 'loader.b = B\n'), 'loader'), /differ between en.txt and nl.txt/);
  assert.throws(() => sectionTexts(catalogue('page.a = A\n', 'page.a = B\n'), 'loader'), /no loader\.\* texts/);
});

test('the project catalogue has every text the loader uses, in both languages', () => {
  const texts = sectionTexts(CATALOGUE, 'loader');
  const used = new Set([...fs.readFileSync('www/extras.js', 'utf8').matchAll(/text\(\)\.(\w+)/g)].map((m) => m[1]));
  for (const key of ['load', 'trap', 'reload', ...used]) {
    for (const lang of ['en', 'nl']) assert.ok(texts[lang][key], `loader.${key} in ${lang}.txt`);
  }
});

test('the fatal texts go into the empty template, escaped; the worker token takes any text', () => {
  const texts = { en: { load: 'A <b> & c', trap: 'T', reload: 'R' }, nl: { load: 'L', trap: 'T2', reload: 'R2' } };
  const html = fillFatalTemplate('<body><template id="fatal-texts"></template></body>', texts);
  assert.ok(html.includes('<p data-kind="load" lang="en">A &lt;b&gt; &amp; c</p>'), html);
  assert.ok(html.includes('<button type="button" lang="nl">R2</button>'), html);
  assert.throws(() => fillFatalTemplate('<body></body>', texts), /empty <template id="fatal-texts">/);
  assert.equal(fillToken('var T = self.__X__;', 'self.__X__', { a: '$& $1' }), 'var T = {"a":"$& $1"};');
});
