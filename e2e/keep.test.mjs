// Keep, share and prove (issue 8), end to end in Chromium: answers saved across a reload, Start
// again with Undo, damaged and blocked storage, share links (page, JS API and CLI give links that
// open the same report; a link in a fresh browser; malformed links), a downloaded record opened
// again, and batch checks of a JSON file and a CSV file of 21 offers with one bad row, whose table
// matches the CLI's byte for byte. The tools module is not part of the first load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { start, openPage, ready, yes, giveAnswers, OUT } from './helpers.mjs';
import { loadCases } from './cases.mjs';
import LZString from 'lz-string';

const { compressToEncodedURIComponent } = LZString;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const KEY = 'eligibility-checker.answers';

/** The `eligibility` CLI (built by the native tests; cargo builds it when missing). */
function cli(args, input) {
  return execFileSync('cargo', ['run', '-q', '--locked', '-p', 'eligibility-cli', '--', ...args], { input, encoding: 'utf8' });
}

/** Every program's status and every check's outcome, as the page shows them. */
async function shownReport(page) {
  return page.evaluate(() => ({
    statuses: [...document.querySelectorAll('#parts [data-program]')].map((a) => `${a.dataset.program}=${a.dataset.status ?? ''}`),
    checks: [...document.querySelectorAll('.results li.check')].map((li) => `${li.id}=${li.dataset.outcome}`),
  }));
}

/** Opens a page at `url` in a fresh browser context (no saved answers). */
async function openFresh(url, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await ready(page);
  return { context, page, errors };
}

test('answers are saved as they are given and come back after a reload; the tools module is not loaded', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  await page.fill('#partner-azureConsumedRevenueUsd', '87,500');
  await page.selectOption('#offer-offerType', 'saas');
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(saved.schemaVersion, 1);
  assert.equal(saved.partner.hasMpnId, true);
  assert.equal(saved.partner.azureConsumedRevenueUsd, 87500);
  await page.reload();
  await ready(page);
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), true);
  assert.equal(await page.inputValue('#partner-azureConsumedRevenueUsd'), '87,500');
  assert.equal(await page.inputValue('#offer-offerType'), 'saas');
  assert.equal(log.requests.filter((u) => u.includes('eligibility-tools')).length, 0, 'no tool used: the module is not fetched');
  await context.close();
});

test('Start again asks first, clears the saved answers, and Undo brings them back', async () => {
  const { context, page } = await openPage(env);
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  await page.click('#start-over');
  await page.waitForSelector('#confirm-start-over');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'confirm-start-over');
  await page.click('#cancel-start-over');
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), true, 'cancel keeps the answers');
  await page.click('#start-over');
  await page.click('#confirm-start-over');
  await page.waitForSelector('#undo');
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), false);
  assert.equal(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)).partner, undefined);
  await page.keyboard.press('Enter'); // focus is on Undo
  await page.waitForSelector('#undo', { state: 'detached' });
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), true);
  assert.equal(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)).partner.hasMpnId, true);
  await context.close();
});

test('damaged saved answers: the page starts empty, says so once, keeps the text aside and offers it', async () => {
  for (const damaged of ['{"partner":{"hasMpnId":tru', '{"offer":{"offerType":"saaas"}}', '{"schemaVersion":2}']) {
    const { context, page, log } = await openPage(env);
    await ready(page);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, damaged]);
    await page.reload();
    await ready(page);
    const notice = await page.textContent('#saved-unreadable');
    assert.match(notice, /could not be read/);
    assert.equal(await page.evaluate(() => localStorage.getItem('eligibility-checker.unreadable')), damaged);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-unreadable')]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), damaged);
    assert.equal(await page.isChecked('#partner-hasMpnId-yes'), false);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('blocked or full storage leaves the page working, with one quiet sentence', async () => {
  const blocked = await env.browser.newContext({ serviceWorkers: 'allow' });
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const full = await env.browser.newContext({ serviceWorkers: 'allow' });
  await full.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  for (const context of [blocked, full]) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.url}#/co-sell`);
    await ready(page);
    await yes(page, 'partner-hasMpnId');
    assert.match(await page.textContent('#storage-note'), /does not keep your answers/);
    assert.equal(await page.getAttribute('#results', 'data-status'), 'not-co-sell-ready', 'the page still evaluates');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('share links from the page, the JS API and the CLI open the same report, also in a fresh browser', async () => {
  const c = loadCases().find((x) => x.file.startsWith('048'));
  const answers = { ...c.answers, asOf: '2021-03-15' };
  const fromCli = cli(['link', '-', '--part', 'rewards'], JSON.stringify(answers)).trim();
  assert.match(fromCli, /^#\/rewards\?v=1&a=[A-Za-z0-9+\-$]+$/);

  // The CLI's link in a fresh browser: the answers go into the form.
  const first = await openFresh(`${env.server.url}${fromCli}`);
  await first.page.waitForSelector('#undo-notice');
  assert.match(await first.page.textContent('#undo-notice'), /shared link/);
  assert.equal(await first.page.evaluate(() => location.hash), '#/rewards', 'the answers leave the address bar');
  const reportFromCli = await shownReport(first.page);
  assert.ok(reportFromCli.checks.length >= 50, `${reportFromCli.checks.length} checks shown`);

  // The JS API's link for the same answers is the same link.
  const fromApi = await first.page.evaluate((a) => window.wasmBindings.shareLink(a, { part: 'rewards' }), answers);
  assert.equal(fromApi, fromCli);

  // The page's own link, copied from the form holding those answers.
  await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await first.page.click('#share-link');
  await first.page.waitForSelector('#share-status:has-text("copied")');
  const fromPage = await first.page.inputValue('#share-url');
  assert.equal(await first.page.evaluate(() => navigator.clipboard.readText()), fromPage);
  assert.ok(fromPage.startsWith(`${env.server.url}#/rewards?v=1&a=`), fromPage);
  // Byte for byte the CLI's link for the answers the page holds (it leaves out answers to
  // questions it does not show, so these are its saved answers, not the case's).
  const held = await first.page.evaluate(() => localStorage.getItem('eligibility-checker.answers'));
  assert.equal(fromPage, `${env.server.url}${cli(['link', '-', '--part', 'rewards'], held).trim()}`);
  const second = await openFresh(fromPage);
  await second.page.waitForSelector('#undo-notice');
  const third = await openFresh(`${env.server.url}${fromApi}`);
  await third.page.waitForSelector('#undo-notice');
  assert.deepEqual(await shownReport(second.page), reportFromCli);
  assert.deepEqual(await shownReport(third.page), reportFromCli);
  console.log(`# share link of case 048: CLI ${fromCli.length} characters, page ${fromPage.length - env.server.url.length}`);
  for (const s of [first, second, third]) { assert.deepEqual(s.errors, []); await s.context.close(); }
});

test('Copy share link says what the link holds and offers it without contact details', async () => {
  const answers = {
    schemaVersion: 1, asOf: '2026-11-26',
    offer: { offerType: 'saas', salesContacts: [{ name: 'A. Jansen', email: 'a.jansen@contoso.example', role: 'partner-sales', regions: ['NL'] }] },
    rewards: { contactEmail: 'marketing@contoso.example', contactPhone: '+31 20 000 0000' },
  };
  for (const [locale, holds] of [['en-US', /contact names, e-mail addresses and phone numbers included/i], ['nl-NL', /met namen, e-mailadressen en telefoonnummers/i]]) {
    const { context, page, errors } = await openFresh(`${env.server.url}#/co-sell`, { locale });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await giveAnswers(page, answers);
    await page.waitForSelector('#undo-notice');
    await page.click('#share-link');
    await page.waitForSelector('#share-other');
    assert.match(await page.textContent('#share-holds'), holds);
    const unpack = (url) => JSON.parse(LZString.decompressFromEncodedURIComponent(url.split('&a=')[1]));
    const full = unpack(await page.inputValue('#share-url'));
    assert.equal(full.offer.salesContacts[0].email, 'a.jansen@contoso.example');
    await page.click('#share-other');
    await page.waitForFunction(() => !document.getElementById('share-other'));
    const bare = unpack(await page.inputValue('#share-url'));
    assert.deepEqual(bare.offer.salesContacts, [{ role: 'partner-sales', regions: ['NL'] }], 'roles and regions stay');
    assert.deepEqual(bare.rewards ?? {}, {}, 'no Rewards contact details left');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#share-url'));
    assert.match(await page.textContent('#share-holds'), locale === 'en-US' ? /Without contact names/ : /Zonder namen/);
    assert.match(await page.textContent('#share-status'), locale === 'en-US' ? /without contact details is copied/ : /zonder contactgegevens is gekopieerd/);
    // Answering again makes the link stale: the panel goes.
    await yes(page, 'partner-hasMpnId');
    await page.waitForSelector('#share-panel', { state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a tool that cannot be loaded says so in its open dialog, and Try again loads it', async () => {
  // No worker: the module is not cached yet, as on a first visit before the worker has installed.
  const { context, page, log } = await openPage(env, { part: '', serviceWorkers: 'block' });
  await ready(page);
  let blocked = true;
  await context.route(/eligibility-tools-[0-9a-f]+/, (route) => (blocked ? route.abort() : route.continue()));
  await page.click('#batch');
  await page.waitForSelector('#tools-load-error');
  assert.equal(await page.evaluate(() => document.getElementById('tools').open), true, 'the dialog is open');
  assert.match(await page.textContent('#tools-load-error'), /could not be loaded/);
  blocked = false;
  await page.click('#tools-retry');
  await page.waitForSelector('#tools-file');
  assert.deepEqual(log.errors.filter((e) => !/Failed to (fetch|load)|ERR_FAILED|net::/.test(e)), []);
  await context.close();
});

test('a link does not replace the visitor\'s own answers without asking; bad links give a short message', async () => {
  const link = cli(['link', '-', '--part', 'co-sell', '--as-of', '2026-11-26'], '{"partner":{"hasMpnId":false}}').trim();
  const { context, page, log } = await openPage(env);
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  // The link pasted into the open tab.
  await page.goto(`${env.server.url}${link}`);
  await page.waitForSelector('#link-question');
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), true, 'own answers still in the form');
  await page.click('#link-keep');
  await page.waitForSelector('#link-kept');
  assert.equal(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)).partner.hasMpnId, true);

  const cases = [
    [`${link.slice(0, -8)}`, /damaged|not valid/],
    ['#/co-sell?v=1&a=Zm9vYmFy', /damaged|not valid/],
    ['#/co-sell?v=9&a=abc', /version 9/],
  ];
  for (const [fragment, message] of cases) {
    const fresh = await openFresh(`${env.server.url}${fragment}`);
    await fresh.page.waitForSelector('#link-error');
    assert.match(await fresh.page.textContent('#link-error'), message);
    assert.equal(await fresh.page.isChecked('#partner-hasMpnId-no'), false, 'empty form');
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
  }
  // The links of this checker are lz-string's URL-safe compression of the answers' JSON (npm
  // lz-string), with every program's rule set written in: those in force on its date (RULES.md 12.2).
  const pinned = '{"schemaVersion":1,"asOf":"2026-11-26","rulesets":{"coSell":"2023-08-24","rewards":"2023-08-01","apss":"2023-01-11","storefront":"2018-06-05"},"partner":{"hasMpnId":false}}';
  assert.equal(link, `#/co-sell?v=1&a=${compressToEncodedURIComponent(pinned)}`);
  // A link made before the Rewards and APSS rule sets could be chosen opens with the seed's.
  const older = '{"schemaVersion":1,"asOf":"2026-11-26","rulesets":{"coSell":"2021-02-24","storefront":"2018-06-05"},"partner":{"hasMpnId":false}}';
  const before = await openFresh(`${env.server.url}#/co-sell?v=1&a=${compressToEncodedURIComponent(older)}`);
  await before.page.waitForSelector('#undo-notice');
  assert.equal(await before.page.isChecked('#partner-hasMpnId-no'), true);
  await before.page.click('#advanced summary');
  assert.equal(await before.page.isChecked('input[name="rulesets.rewards"][value="2020-07-14"]'), true);
  assert.equal(await before.page.isChecked('input[name="rulesets.apss"][value="2020-11-11"]'), true);
  assert.deepEqual(before.errors, []);
  await before.context.close();
  // A rule set this build does not have: said, and the rest shown.
  const newer = await openFresh(`${env.server.url}#/co-sell?v=1&a=${compressToEncodedURIComponent('{"rulesets":{"coSell":"2030-01-01"},"partner":{"hasMpnId":true}}')}`);
  await newer.page.waitForSelector('#link-notices');
  assert.match(await newer.page.textContent('#link-notices'), /rulesets\.coSell/);
  assert.equal(await newer.page.isChecked('#partner-hasMpnId-yes'), true);
  await newer.context.close();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a downloaded record opens again, unchanged; a bad file says what is wrong and changes nothing', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  await yes(page, 'partner-hasMpnId');
  await page.selectOption('#offer-offerType', 'saas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-record')]);
  assert.match(download.suggestedFilename(), /^eligibility-record-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const record = JSON.parse(text);
  assert.equal(record.format, 'eligibility-decision-record');
  assert.equal(record.answers.partner.hasMpnId, true);
  assert.ok(record.report.coSell.checks.every((c) => c.source.document && c.message));
  await page.waitForSelector('#record-saved');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#tools', { state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'download-record', 'focus goes back');

  await page.click('#start-over');
  await page.click('#confirm-start-over');
  await page.click('#open-record');
  await page.waitForSelector('#tools-file');
  await page.setInputFiles('#tools-file', { name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForSelector('#record-same');
  await page.click('#record-open-in-form');
  await page.waitForSelector('#undo-notice:has-text("record")');
  assert.equal(await page.isChecked('#partner-hasMpnId-yes'), true);

  // A record dropped on the dialog is read the same way.
  await page.click('#open-record');
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, text.replace('"hasMpnId": true', '"hasMpnId": false').replace(/"report": [\s\S]*$/, '"report": null}'));
  await page.dispatchEvent('#tools-drop', 'drop', { dataTransfer: dropped });
  await page.waitForSelector('#tools-error');
  assert.match(await page.textContent('#tools-error'), /report/, 'a dropped file is checked too');
  // A record whose report was changed by hand is noticed; a bad file changes nothing.
  const changed = JSON.parse(text);
  changed.report.coSell.checks.find((c) => c.rule === 'CS-01').outcome = 'not-met';
  changed.report.coSell.status = 'azure-ip-co-sell-incentivized';
  await page.setInputFiles('#tools-file', { name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  await page.waitForSelector('#record-differs');
  // In the page's words, not codes: the program, the requirement with its rule id, statuses and outcomes.
  const rows = await page.$$eval('#record-differs tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(rows.find((r) => r[0].includes('CS-01')), ['Co-sell: MPN ID (CS-01)', 'Not met', 'Met'], JSON.stringify(rows));
  const status = rows.find((r) => r[0] === 'Co-sell: status');
  assert.match(status[1], /^Azure IP [Cc]o-sell incentivized$/, JSON.stringify(rows));
  assert.ok(!/co-sell-ready|not-met|coSell/.test(JSON.stringify(rows)), 'no codes');
  const bad = JSON.parse(text);
  bad.answers.offer.offerType = 'saaas';
  await page.setInputFiles('#tools-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.waitForSelector('#tools-error');
  assert.match(await page.textContent('#tools-error'), /answers\.offer\.offerType/);
  assert.equal(await page.inputValue('#offer-offerType'), 'saas', 'the form is unchanged');
  await page.screenshot({ path: `${OUT}/record-open.png` });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('batch: a JSON file and a CSV file of 21 offers with one bad row; the table download equals the CLI', async () => {
  let csv = 'offer.name,asOf,partner.hasMpnId,offer.offerType,offer.liveIn,offer.coSellGeographies,partner.azureConsumedRevenueUsd\n';
  for (let i = 0; i < 20; i += 1) csv += `Offer ${i},2026-11-26,${i % 2 ? 'true' : 'false'},saas,azure-marketplace,US;NL,${i * 10000}\n`;
  csv += 'Broken,2026-11-26,true,saaas,,,\n';
  const { context, page, log } = await openPage(env, { part: '' });
  await ready(page);
  await page.click('#batch');
  await page.waitForSelector('#tools-file');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tools-title');
  await page.setInputFiles('#tools-file', { name: 'offers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('#batch-table');
  assert.equal(await page.locator('#batch-table tbody tr').count(), 21);
  assert.match(await page.textContent('#batch-summary'), /21 offers checked; 1 could not be read/);
  const bad = page.locator('#batch-table tr[data-row="row 22"]');
  assert.match(await bad.textContent(), /column offer\.offerType: unknown variant `saaas`/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-download')]);
  const fromPage = fs.readFileSync(await download.path(), 'utf8');
  fs.writeFileSync(`${OUT}/offers.csv`, csv);
  let fromCli;
  try { fromCli = cli(['check', `${OUT}/offers.csv`, '--format', 'csv']); } catch (e) { fromCli = e.stdout; }
  assert.equal(fromPage, fromCli, 'the page and the CLI agree byte for byte');

  // A row opens its full result, and can be put in the form.
  // Opening it by keyboard moves focus to the result; "Back to row 3" closes it and returns focus to the row.
  await page.focus('#batch-table tr[data-row="row 3"] button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#batch-detail .tool-report');
  assert.equal(await page.locator('#batch-detail [data-program="coSell"]').count(), 1);
  await page.waitForFunction(() => document.activeElement?.id === 'batch-detail-title');
  assert.ok(await page.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the result is scrolled into view');
  assert.equal(await page.textContent('#batch-row-close'), 'Back to row 3');
  await page.click('#batch-row-close');
  await page.waitForFunction(() => document.activeElement?.closest('tr')?.dataset.row === 'row 3');
  assert.equal(await page.locator('#batch-detail .tool-report').count(), 0);
  await page.click('#batch-table tr[data-row="row 3"] button');
  await page.waitForSelector('#batch-detail .tool-report');
  await page.click('#batch-row-open');
  await page.waitForSelector('#undo-notice:has-text("batch")');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('eligibility-checker.answers')).offer.name), 'Offer 1');

  // A JSON array: each item checked on its own.
  await page.click('#batch');
  const json = JSON.stringify([{ offer: { name: 'A', offerType: 'saas' } }, { offer: { offerTyp: 'x' } }]);
  await page.setInputFiles('#tools-file', { name: 'offers.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.waitForSelector('#batch-table tr[data-row="[1]"]');
  assert.match(await page.textContent('#batch-table tr[data-row="[1]"]'), /offer\.offerTyp/);
  await page.screenshot({ path: `${OUT}/batch-desktop.png` });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the JS API answers from the tools module: evaluate and shareLink are Promises, errors name the path', async () => {
  const { context, page } = await openPage(env);
  await ready(page);
  const result = await page.evaluate(async () => {
    const pending = window.wasmBindings.evaluate({ partner: { hasMpnId: true } }, { asOf: '2021-03-15' });
    const link = window.wasmBindings.shareLink({}, { asOf: '2021-03-15', base: 'https://example.test/' });
    let error = null;
    try { await window.wasmBindings.shareLink({ offer: { offerTyp: 1 } }); } catch (e) { error = e.message; }
    return { isPromise: pending instanceof Promise, status: (await pending).coSell.status, link: await link, error };
  });
  assert.equal(result.isPromise, true);
  assert.equal(result.status, 'not-co-sell-ready');
  assert.match(result.link, /^https:\/\/example\.test\/#\/\?v=1&a=/);
  assert.match(result.error, /^offer\.offerTyp: unknown field/);
  await context.close();
});

test('compare rule-set versions: the same answers under the other co-sell and storefront rules, in English and Dutch', async () => {
  for (const [locale, title, now] of [['en-US', 'Compare with the other version', /^Now: Requirements of 24 February 2021/],
    ['nl-NL', 'Vergelijken met de andere versie', /^Nu: /]]) {
    const { context, page, errors } = await openFresh(env.server.url, { locale });
    // An Office add-in that is co-sell ready under 2021-02-24; 2021-07-13 excludes the type.
    await giveAnswers(page, {
      schemaVersion: 1, asOf: '2021-08-01',
      partner: { hasMpnId: true, marketplaceAccountActive: true, businessProfileComplete: true },
      offer: { offerType: 'office-add-in', solutionType: 'ip-application', liveIn: ['appsource'], coSellTabComplete: true,
        onePager: true, pitchDeck: true, coSellGeographies: ['US'], salesContacts: [{ role: 'partner-sales', regions: ['OOO'] }] },
      storefront: { billing: 'byol' },
    });
    await page.waitForSelector('#results[data-status="co-sell-ready"]');
    await page.click('#compare');
    // The dialog opens at once with "Loading…" (its heading has focus), then shows the tool.
    await page.waitForSelector('#compare-coSell');
    await page.waitForFunction(() => document.activeElement?.id === 'tools-title');
    assert.equal(await page.textContent('#tools-title'), title);
    assert.equal(await page.getAttribute('#compare-coSell', 'data-differs'), 'true');
    const rows = await page.$$eval('#compare-coSell tbody tr', (trs) => trs.map((tr) => tr.dataset.rule));
    assert.deepEqual(rows, ['CS-00'], 'only CS-00 changes for this offer');
    assert.match(await page.textContent('#compare-coSell thead th:nth-child(2)'), now);
    assert.equal(await page.getAttribute('#compare-storefront', 'data-differs'), 'true', 'BYOL points to both storefronts later');
    const cli = JSON.parse(execFileSync('cargo', ['run', '-q', '--locked', '-p', 'eligibility-cli', '--', 'compare', '-', '--format', 'json'],
      { input: await page.evaluate(() => localStorage.getItem('eligibility-checker.answers')), encoding: 'utf8' }));
    assert.deepEqual(cli.map((c) => c.differs), [true, true], 'the CLI finds the same differences');
    await page.screenshot({ path: `${OUT}/compare-${locale}.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#tools', { state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'compare');
    assert.deepEqual(errors, []);
    await context.close();
  }
});
