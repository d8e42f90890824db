// What it takes to reach the next status (RULES.md 11), as a person sees it: each program's status
// ladder with the steps of its next status (gaps in words with a bar), the sentence at the top of
// the ladder, "Confirm these in Partner Center" across programs with links that move focus to the
// question (keyboard only), printed with the record, and the dated version of the rules per panel.
// Every expectation about which steps there are comes from the engine's report (the JS API), so
// the page is checked against the engine, not against a copy of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, ready, giveAnswers, violations, OUT } from './helpers.mjs';
import { loadCases } from './cases.mjs';

// The shared cases, those of cases-proposed/ included.
const CASES = new Map(loadCases().map((c) => [c.file, c]));
const caseAnswers = (file) => structuredClone(CASES.get(file).answers);

/** Case 072 (co-sell ready SaaS) with a 42.5 % Azure IP share and the diagram not answered. */
function readySaas() {
  const answers = caseAnswers('072-next-status-ready-saas-revenue-gaps.json');
  answers.offer.azureIpInfrastructurePercent = 42.5;
  delete answers.offer.referenceArchitectureDiagram;
  return answers;
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Opens the page, gives it `answers` as a shared link would, and waits for the result. */
async function withAnswers(answers, { locale = 'en-US', part = 'co-sell', viewport } = {}) {
  const { context, page, log } = await openPage(env, { locale, part, viewport, bypassCSP: true });
  await ready(page);
  await giveAnswers(page, answers, part);
  await page.waitForSelector('#undo-notice');
  const report = await page.evaluate((a) => window.wasmBindings.evaluate(a, { locale: 'en' }), answers);
  return { context, page, log, report };
}

const text = (page, selector) => page.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());

test('what it takes: the ladder with co-sell ready reached, the steps of the incentive with their gaps in words and a bar, in English and Dutch', async () => {
  for (const [locale, words] of [
    ['en-US', { title: 'What it takes to reach Azure IP Co-sell incentivized', revenue: 'Azure consumed revenue: USD 87,500 of USD 100,000, USD 12,500 to go', share: /^Azure IP share of the infrastructure: 42\.50? ?%, more than 50 ?% needed, 7\.51 ?% to go$/ }],
    ['nl-NL', { title: 'Wat er nodig is voor de status Azure IP Co-sell incentivized', revenue: 'Azure-verbruiksomzet: USD 87.500 van USD 100.000, er ontbreekt nog USD 12.500', share: /^Azure-IP-deel van de infrastructuur: 42,50? ?%, meer dan 50 ?% nodig, er ontbreekt nog 7,51 ?%$/ }],
  ]) {
    const { context, page, log, report } = await withAnswers(readySaas(), { locale });
    assert.equal(report.coSell.status, 'co-sell-ready');
    assert.match(await text(page, '#ladder-coSell [data-state="reached"]'), /^✓ ?Co-sell ready/);
    assert.equal(await text(page, '#next-coSell h3'), words.title);
    const shown = await page.$$eval('#next-coSell .step', (steps) => steps.map((s) => [s.dataset.rule, s.dataset.outcome]));
    assert.deepEqual(shown, report.coSell.nextStatus.steps.map((s) => [s.rule, s.outcome]), `${locale}: the engine's steps, in order`);
    assert.equal(await text(page, '#next-coSell [data-field="partner.azureConsumedRevenueUsd"]'), words.revenue);
    assert.match(await text(page, '#next-coSell [data-field="offer.azureIpInfrastructurePercent"]'), words.share);
    // The bar shows the share reached; the words say it too, so it is hidden from screen readers.
    const meter = await page.$eval('#next-coSell [data-field="partner.azureConsumedRevenueUsd"] meter',
      (m) => [m.value, m.max, m.getAttribute('aria-hidden')]);
    assert.deepEqual(meter, [8750000, 10000000, 'true']);
    // The open diagram question links to its question; the failed step says what to do.
    assert.equal(await page.getAttribute('#next-coSell .step[data-rule="IP-03"] a', 'data-question'), 'offer.referenceArchitectureDiagram');
    if (locale === 'en-US') {
      assert.ok((await text(page, '#next-coSell .step[data-rule="IP-01"]')).includes(report.coSell.nextStatus.steps[0].nextStep));
    }
    // The dated version of the rules, with the current public page.
    assert.match(await text(page, '#results .version-note'), locale === 'en-US' ? /24 February 2021/ : /24 februari 2021/);
    assert.match(await page.getAttribute('#results .version-note a', 'href'), /^https:\/\/docs\.microsoft\.com\//);
    assert.deepEqual(await violations(page), [], `${locale}: axe`);
    await page.screenshot({ path: `${OUT}/next-co-sell-${locale}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.$eval('#ladder-coSell', (e) => e.scrollIntoView());
    await page.screenshot({ path: `${OUT}/next-co-sell-${locale}-phone.png` });
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('below co-sell ready: the next rung lists the co-sell steps, the incentive above it says what it still needs', async () => {
  const { context, page, report } = await withAnswers(caseAnswers('071-next-status-not-ready-lists-open-co-sell-checks.json'));
  assert.equal(report.coSell.nextStatus.status, 'co-sell-ready');
  assert.equal(await text(page, '#next-coSell h3'), 'What it takes to reach Co-sell ready');
  const steps = await page.$$eval('#next-coSell .step', (s) => s.map((e) => e.dataset.rule));
  assert.deepEqual(steps, report.coSell.nextStatus.steps.map((s) => s.rule));
  const open = report.coSell.checks.filter((c) => ['IP-01', 'IP-02', 'IP-03'].includes(c.rule) && ['not-met', 'unknown'].includes(c.outcome));
  const later = await text(page, '#ladder-coSell [data-state="later"]');
  assert.match(later, new RegExp(`^→ ?Azure IP Co-sell incentivized: ${open.length} to do: `), later);
  assert.ok(later.includes('reference architecture diagram'), later);
  await context.close();
});

test('at the top of a ladder the page says so instead of a next status', async () => {
  const { context, page, report } = await withAnswers(caseAnswers('076-next-status-none-at-incentive.json'));
  assert.equal(report.coSell.nextStatus, null);
  assert.equal(await text(page, '#next-coSell'), '★ The offer has the best co-sell status available for its type.');
  assert.equal(await page.locator('#ladder-coSell [data-state="next"]').count(), 0);
  await context.close();
  const both = await withAnswers(caseAnswers('079-next-status-none-when-eligible-and-available.json'), { part: 'rewards' });
  assert.equal(both.report.rewards.nextStatus, null);
  assert.equal(await text(both.page, '#next-rewards'), '★ This is the highest status of this program.');
  assert.equal(await text(both.page, '#next-apss'), '★ This is the highest status of this program.');
  await both.context.close();
});

test('an offer type the rules exclude gets a sentence, no ladder; an unanswered type is the first step to the incentive', async () => {
  for (const [locale, sentence, status] of [
    ['en-US', '★ Under the rules of 13 July 2021, Office apps and add-ins cannot get co-sell status at all.', 'Not co-sell ready'],
    ['nl-NL', '★ Volgens de regels van 13 juli 2021 kunnen Office-apps en invoegtoepassingen helemaal geen co-sellstatus krijgen.', 'Niet co-sell ready'],
  ]) {
    const { context, page, report } = await withAnswers(caseAnswers('080-next-status-none-when-offer-type-excluded.json'), { locale });
    assert.equal(report.coSell.nextStatus, null);
    assert.equal(await text(page, '#next-coSell'), sentence);
    assert.equal(await page.locator('#ladder-coSell').count(), 0, `${locale}: no ladder with an unfixable step`);
    assert.equal(await text(page, '#status-name'), status);
    await context.close();
  }
  const { context, page, report } = await withAnswers(caseAnswers('081-next-status-offer-type-unanswered.json'), { part: '' });
  assert.equal(report.coSell.nextStatus.steps[0].rule, 'IP-00');
  const steps = await page.$$eval('#confirm li[data-program="coSell"] .step', (s) => s.map((e) => e.dataset.rule));
  assert.equal(steps[0], 'IP-00', 'the offer type reaches Confirm these');
  assert.doesNotMatch(await page.textContent('#results'), /best co-sell status available for its type/);
  await context.close();
});

test('confirm these: every open step across programs, grouped by program, and a link moves focus to the question, by keyboard', async () => {
  const answers = caseAnswers('071-next-status-not-ready-lists-open-co-sell-checks.json');
  answers.partner.partnerCenterRole = 'admin-agent';
  for (const locale of ['en-US', 'nl-NL']) {
    const { context, page, log, report } = await withAnswers(answers, { locale, part: '' });
    const expected = ['coSell', 'rewards', 'apss']
      .map((program) => [program, (report[program].nextStatus?.steps ?? []).filter((s) => s.outcome === 'unknown').map((s) => s.rule)])
      .filter(([, rules]) => rules.length > 0);
    assert.ok(expected.length >= 2, JSON.stringify(expected));
    const shown = await page.$$eval('#confirm li[data-program]', (groups) => groups.map((g) =>
      [g.dataset.program, [...g.querySelectorAll('.step')].map((s) => s.dataset.rule)]));
    assert.deepEqual(shown, expected, `${locale}: the unknown steps of each program, in order`);
    // Each group says which status it could open up.
    assert.match(await text(page, '#confirm li[data-program="coSell"] .help'), /Co-sell ready/);
    // No promise while checks that are not met block it too (case 071 has some).
    assert.ok(report.coSell.nextStatus.steps.some((s) => s.outcome === 'not-met'));
    assert.match(await text(page, '#confirm li[data-program="coSell"] .help'), locale === 'en-US' ? /checks that are not met/ : /niet is voldaan/);
    assert.deepEqual(await violations(page), [], `${locale}: axe on the overview`);
    if (locale === 'en-US') await page.screenshot({ path: `${OUT}/confirm-${locale}.png`, fullPage: true });
    // Keyboard only: Tab to the first link, Enter; its part opens with focus on the control.
    const question = await page.getAttribute('#confirm a.answer-link', 'data-question');
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('#confirm a.answer-link')))) {
      await page.keyboard.press('Tab');
      assert.ok(++guard < 200, 'the confirm list is reachable with Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => document.activeElement?.getAttribute('name') === name, question);
    assert.notEqual(await page.evaluate(() => location.hash), '#/', 'the part that asks it is open');
    // Printed with the record, whichever part is on screen.
    await page.emulateMedia({ media: 'print' });
    assert.notEqual(await page.$eval('#confirm', (e) => getComputedStyle(e).display), 'none');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
