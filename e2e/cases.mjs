// The shared spec cases and the matcher of cases/README.md, for tests that run in the browser.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = process.env.SPEC_CASES_DIR
  ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/spec/cases');

/**
 * Every case as { file, name, answers, expect }, sorted by file name: `cases/` and its siblings
 * `cases-proposed/` and `cases-2023/` (cases of RULES.md changes not yet moved; a file name in
 * more than one is taken once, from `cases/`), as crates/spec-cases/build.rs does.
 */
export function loadCases() {
  const files = new Map();
  for (const dir of ['cases-proposed', 'cases-2023'].reduce((dirs, name) => [...dirs, path.join(path.dirname(CASES_DIR), name)], [CASES_DIR])) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      if (!files.has(file)) files.set(file, path.join(dir, file));
    }
  }
  return [...files.keys()].sort()
    .map((file) => ({ file, ...JSON.parse(fs.readFileSync(files.get(file), 'utf8')) }));
}

/**
 * The mismatches between a report and a case's `expect`, as cases/README.md says: objects on
 * the keys they list, arrays of objects item by item (same length), other values equal
 * (numbers by value), `checks` by rule id in whichever program holds it.
 */
export function mismatches(expect, report) {
  const out = [];
  const compare = (where, want, got) => {
    if (want && typeof want === 'object' && !Array.isArray(want)) {
      if (!got || typeof got !== 'object') out.push(`${where}: wanted ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      else for (const k of Object.keys(want)) compare(`${where}.${k}`, want[k], got[k]);
    } else if (Array.isArray(want) && Array.isArray(got) && want.length === got.length
      && want.some((w) => w && typeof w === 'object')) {
      want.forEach((w, i) => compare(`${where}[${i}]`, w, got[i]));
    } else if (JSON.stringify(want) !== JSON.stringify(got)) {
      out.push(`${where}: wanted ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  };
  const checks = Object.fromEntries(Object.values(report).flatMap((s) => s?.checks ?? []).map((k) => [k.rule, k.outcome]));
  for (const [key, want] of Object.entries(expect)) {
    if (key === 'checks') {
      for (const [rule, outcome] of Object.entries(want)) {
        if (checks[rule] !== outcome) out.push(`checks.${rule}: wanted ${outcome}, got ${checks[rule]}`);
      }
    } else compare(key, want, report[key]);
  }
  return out;
}

/**
 * The rule ids of the rule index of RULES.md, in order (`AP-01 … AP-12` is a range), with IP-04
 * after IP-03: the index keeps the ids before RULES.md 12 and names IP-04 in the note under it.
 */
export function ruleIds() {
  const rules = fs.readFileSync(path.resolve(CASES_DIR, '../RULES.md'), 'utf8');
  const table = rules.split('Rule index')[1].split('\n---')[0];
  assert.match(table, /adds a 54th rule, \*\*IP-04\*\*.*listed after IP-03/, 'the note on IP-04 under the index');
  const ids = indexIds(table);
  ids.splice(ids.indexOf('IP-03') + 1, 0, 'IP-04');
  return ids;
}

/** The rule ids of the index table's rows. */
function indexIds(table) {
  return table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Program'))
    .flatMap((row) => row.split('|')[2].trim().split(', '))
    .flatMap((item) => {
      const range = item.split(' … ');
      if (range.length === 1) return [item];
      const prefix = range[0].slice(0, 3);
      const [from, to] = range.map((r) => Number(r.slice(3)));
      return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, '0')}`);
    });
}
