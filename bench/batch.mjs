// Batch checks in the CLI, row by row: 1,000,000 offers as CSV and 100,000 as a JSON array,
// each through `eligibility check FILE --format csv` (release build), timed with their peak
// memory (GNU time's maximum resident set size). Goal: a million CSV rows in under a minute on
// one core, under 100 MB. `node bench/batch.mjs` after `cargo build --release -p eligibility-cli`;
// part of `make bench`. BENCH_BATCH_ROWS changes the CSV's size. Writes target/bench/batch.json.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const OUT = 'target/bench';
const CLI = 'target/release/eligibility';
const ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 1_000_000);
const JSON_ITEMS = Number(process.env.BENCH_BATCH_JSON ?? 100_000);
fs.mkdirSync(OUT, { recursive: true });

// Offers of every shape the columns take: yes/no, a choice, lists, an amount, a percentage, text;
// one row in 50 with a bad cell (its problem goes to the table).
const HEADER = 'offer.name,partner.hasMpnId,partner.marketplaceAccountActive,partner.businessProfileComplete,offer.offerType,offer.liveIn,offer.coSellTabComplete,offer.onePager,offer.pitchDeck,offer.coSellGeographies,partner.azureConsumedRevenueUsd,offer.azureIpInfrastructurePercent,offer.listingType';
const TYPES = ['saas', 'azure-vm', 'azure-application', 'dynamics-365-power-apps', 'consulting-service'];
function csvRow(i) {
  const type = i % 50 === 49 ? 'saaas' : TYPES[i % TYPES.length];
  return [`Offer ${i}`, i % 3 ? 'true' : 'false', 'true', i % 7 ? 'true' : '', type, i % 2 ? 'azure-marketplace' : 'appsource;azure-marketplace',
    'true', 'true', i % 5 ? 'true' : 'false', i % 4 ? 'US;NL' : 'DE', String((i * 37) % 200000), String((i % 100) + 0.5), 'transact'].join(',');
}

/** Writes `count` lines from `line(i)` to `file` in chunks (the file never sits in memory). */
function writeLines(file, head, count, line, tail = '') {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, head);
  for (let start = 0; start < count; start += 10_000) {
    const chunk = [];
    for (let i = start; i < Math.min(count, start + 10_000); i += 1) chunk.push(line(i));
    fs.writeSync(fd, chunk.join(''));
  }
  fs.writeSync(fd, tail);
  fs.closeSync(fd);
}

const csvFile = `${OUT}/offers-${ROWS}.csv`;
writeLines(csvFile, `${HEADER}\n`, ROWS, (i) => `${csvRow(i)}\n`);
const jsonFile = `${OUT}/offers-${JSON_ITEMS}.json`;
writeLines(jsonFile, '[\n', JSON_ITEMS, (i) => {
  const [name, mpn, , , type, live] = csvRow(i).split(',');
  const item = { offer: { name, offerType: type, liveIn: live.split(';'), onePager: true }, partner: { hasMpnId: mpn === 'true', azureConsumedRevenueUsd: (i * 37) % 200000 } };
  return `${i ? ',' : ''}${JSON.stringify(item)}\n`;
}, ']\n');

/** Runs the CLI on `file`: seconds, peak memory (MB), lines written. */
function run(file) {
  const output = `${OUT}/batch-out.csv`;
  const fd = fs.openSync(output, 'w');
  const ran = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', CLI, 'check', file, '--format', 'csv', '--as-of', '2026-11-26'],
    { stdio: ['ignore', fd, 'pipe'] });
  fs.closeSync(fd);
  // Exit 1: some rows were bad, as meant (one in 50).
  if (ran.status !== 1) throw new Error(`${CLI} exited with ${ran.status}: ${ran.stderr}`);
  const [, seconds, kb] = ran.stderr.toString().match(/TIME ([\d.]+) (\d+)/) ?? [];
  const lines = fs.readFileSync(output, 'utf8').split('\r\n').length - 2;
  return { seconds: Number(seconds), peakMB: Number(kb) / 1024, lines };
}

const results = {
  csv: { rows: ROWS, bytes: fs.statSync(csvFile).size, ...run(csvFile) },
  json: { items: JSON_ITEMS, bytes: fs.statSync(jsonFile).size, ...run(jsonFile) },
};
fs.rmSync(`${OUT}/batch-out.csv`);
console.log('| Batch, `eligibility check FILE --format csv` | Offers | Input (MB) | Seconds | Peak memory (MB) | Rows written |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [kind, r] of Object.entries(results)) {
  console.log(`| ${kind.toUpperCase()} | ${(r.rows ?? r.items).toLocaleString('en')} | ${(r.bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(1)} | ${r.peakMB.toFixed(1)} | ${r.lines.toLocaleString('en')} |`);
}
fs.writeFileSync(`${OUT}/batch.json`, JSON.stringify(results, null, 2));
