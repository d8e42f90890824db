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
