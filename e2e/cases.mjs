// The shared spec cases and the matcher of cases/README.md, for tests that run in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = process.env.SPEC_CASES_DIR
  ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/spec/cases');

/** Every case as { file, name, answers, expect }, sorted by file name. */
export function loadCases() {
  return fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ file, ...JSON.parse(fs.readFileSync(path.join(CASES_DIR, file), 'utf8')) }));
}

/** The rule ids of the rule index of RULES.md, in order (`AP-01 … AP-12` is a range). */
export function ruleIds() {
  const rules = fs.readFileSync(path.resolve(CASES_DIR, '../RULES.md'), 'utf8');
  const table = rules.split('Rule index')[1].split('\n---')[0];
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
