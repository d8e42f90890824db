// End to end: the release page in Debian's Chromium. A publisher fills in an Azure IP offer,
// sees the status and the next step of a failing requirement, switches to Dutch; the page makes
// no request outside its origin and logs no error; the JS API runs every shared case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, openPage, ready, yes, no, addCountry, answerAzureVm, OUT } from './helpers.mjs';
import { loadCases, mismatches, ruleIds } from './cases.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('a publisher answers the co-sell questions for an Azure IP offer and sees status and next steps', async () => {
  const { context, page, log } = await openPage(env);
  const readyMs = await ready(page);
  assert.match(await page.innerText('.privacy:visible'), /nothing you enter is sent anywhere/);
  // Nothing answered: nothing fails yet, so the status is neutral, not a red "not co-sell ready".
  assert.match(await page.textContent('#status-name'), /^Not determined yet: \d+ answers to confirm$/);
  assert.equal(await page.getAttribute('#status', 'data-status'), 'not-co-sell-ready');
  assert.match(await page.getAttribute('#status', 'class'), /status--open/);

  await answerAzureVm(page);
  // Co-sell ready; the diagram (IP-03) is the one failing incentive requirement.
  assert.equal(await page.textContent('#status-name'), 'Co-sell ready');
  assert.equal(await page.getAttribute('#status', 'data-status'), 'co-sell-ready');
  assert.equal(await page.textContent('#offer-name-shown'), 'Contoso Vision VM');
  const ip03 = page.locator('#check-IP-03');
  assert.equal(await ip03.getAttribute('data-outcome'), 'not-met');
  assert.ok(await ip03.isVisible());
  // Each check says which status it counts towards, so a missing diagram does not read as a
  // failure of co-sell ready.
  assert.equal(await ip03.locator('.check-for').textContent(), 'IP-03 Azure IP Co-sell incentivized');
  assert.equal(await page.locator('#check-CS-01 .check-for').textContent(), 'CS-01 Co-sell ready');
  assert.match(await ip03.locator('.next-step').textContent(), /^Next step: Draw a reference architecture diagram and add it to the offer's co-sell documents/);
  // Sources name the document and the section in the reader's words, never the seed file.
  assert.equal(await ip03.locator('.source').textContent(),
    'Source: Co-sell requirements, section “Requirements for IP co-sell incentivized status”, rules of 24 February 2021');
  // Each source page and section is one link (one Tab stop) per program, not one per check.
  const hrefs = await page.$$eval('#results .source a', (links) => links.map((a) => a.getAttribute('href')));
  assert.equal(new Set(hrefs).size, hrefs.length, 'no source link repeated');
  assert.ok(hrefs.length < 8 && (await page.locator('#results .source').count()) >= 18, `${hrefs.length} links for the co-sell checks`);
  assert.equal(await ip03.locator('.source a').getAttribute('href'),
    'https://docs.microsoft.com/azure/marketplace/co-sell-requirements#requirements-for-ip-co-sell-incentivized-status');
  assert.match(await page.textContent('#check-IP-01'), /marketplace billed revenue of USD 120,000\.00/);
  assert.match(await page.textContent('#check-IP-02'), /by default, as a transactable virtual machine/);
  // A transactable VM passes IP-02 by default, so its validation questions are not asked.
  assert.equal(await page.locator('#offer-technicalValidation').count(), 0);
  assert.equal(await page.locator('#offer-azureIpInfrastructurePercent').count(), 0);
  // Every control's name is the JSON path of its answer; radio values are the contract's values.
  const names = await page.$$eval('form input, form select', (els) => els.map((e) => [e.id, e.name, e.type, e.value]));
  for (const [id, name] of names) assert.match(name, /^(asOf|(partner|offer|rulesets|rewards|apss|storefront)\.[A-Za-z]+(\[\d+\]\.[a-z]+)?)$/, `#${id} name=${name}`);
  assert.deepEqual(names.filter(([id]) => id.startsWith('partner-hasMpnId-')).map(([, n, , v]) => `${n}=${v}`),
    ['partner.hasMpnId=true', 'partner.hasMpnId=false', 'partner.hasMpnId=']);

  // Gold cannot matter for an IP application on a VM (CS-07 does not apply): hidden until the
  // solution type makes it a service.
  assert.equal(await page.locator('#partner-goldCompetency').count(), 0);
  assert.equal(await page.getAttribute('#check-CS-07', 'data-outcome'), 'not-applicable');
  await page.selectOption('#offer-solutionType', 'service');
  assert.equal(await page.locator('#partner-goldCompetency').count(), 1);
  assert.equal(await page.getAttribute('#check-CS-07', 'data-outcome'), 'not-met', 'the earlier answer counts again');
  await page.selectOption('#offer-solutionType', 'ip-application');

  await yes(page, 'offer-referenceArchitectureDiagram');
  assert.equal(await page.textContent('#status-name'), 'Azure IP Co-sell incentivized');
  assert.equal(await page.getAttribute('#status', 'role'), 'status', 'the status is announced politely');

  // A bad amount is explained next to its field once the user leaves it, and does not count.
  await page.fill('#offer-billedRevenueUsd', '12O,000');
  assert.equal(await page.locator('#offer-billedRevenueUsd-error').count(), 0, 'no error while typing');
  assert.equal(await page.getAttribute('#check-IP-01', 'data-outcome'), 'unknown', 'an amount that does not parse is not answered');
  await page.press('#offer-billedRevenueUsd', 'Tab');
  assert.match(await page.textContent('#offer-billedRevenueUsd-error'), /not a number/);
  assert.equal(await page.getAttribute('#offer-billedRevenueUsd', 'aria-invalid'), 'true');
  // The other language's notation gets a guess.
  await page.fill('#offer-billedRevenueUsd', '120.000');
  await page.press('#offer-billedRevenueUsd', 'Tab');
  assert.match(await page.textContent('#offer-billedRevenueUsd-error'), /Use at most two decimals\. Did you mean 120,000\?/);
  await page.fill('#offer-billedRevenueUsd', '120,000');
  await page.press('#offer-billedRevenueUsd', 'Tab');
  assert.equal(await page.locator('#offer-billedRevenueUsd-error').count(), 0);
  // A percentage: no guess outside 0 to 100, and a negative one is called a percentage, not an amount.
  await no(page, 'offer-transactable');
  await page.fill('#offer-azureIpInfrastructurePercent', '62.555');
  await page.press('#offer-azureIpInfrastructurePercent', 'Tab');
  assert.equal(await page.textContent('#offer-azureIpInfrastructurePercent-error'), '⚠ Use at most two decimals.');
  await page.fill('#offer-azureIpInfrastructurePercent', '-1');
  await page.press('#offer-azureIpInfrastructurePercent', 'Tab');
  assert.equal(await page.textContent('#offer-azureIpInfrastructurePercent-error'), '⚠ Enter a percentage from 0 to 100.');
  await page.fill('#offer-azureIpInfrastructurePercent', '');
  await yes(page, 'offer-transactable');
  await page.screenshot({ path: `${OUT}/cosell-azure-ip.png`, fullPage: true });

  // Dutch: labels, messages and number notation follow.
  await page.click('#lang-nl');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.inputValue('#offer-billedRevenueUsd'), '120.000');
  assert.match(await page.textContent('#check-CS-01'), /U hebt een MPN-ID\./);
  assert.equal(await page.title(), "Controle op geschiktheid voor partnerprogramma's", 'the tab title follows the language');
  assert.match(await page.textContent('#check-IP-03 .source'), /Bron: Vereisten voor co-sell, sectie “Vereisten voor de status Azure IP Co-sell incentivized”, regels van 24 februari 2021/);
  assert.doesNotMatch(await page.textContent('#results'), /\.txt|requirements-for-/, 'no seed file name or section slug is shown');
  assert.equal(await page.locator('#check-CS-01 .source a').getAttribute('href'),
    'https://docs.microsoft.com/nl-nl/azure/marketplace/co-sell-requirements#requirements-for-co-sell-ready-status');
  await page.screenshot({ path: `${OUT}/cosell-azure-ip-nl.png`, fullPage: true });

  // A Dynamics 365 offer hides the Azure IP questions and shows ISV Connect.
  await page.selectOption('#offer-offerType', 'dynamics-365-customer-engagement');
  assert.equal(await page.locator('#offer-transactable').count(), 0);
  assert.equal(await page.locator('#partner-azureConsumedRevenueUsd').count(), 0);
  assert.equal(await page.locator('#partner-isvConnect').count(), 1);
  assert.equal(await page.getAttribute('#check-CS-08', 'data-outcome'), 'unknown');
  assert.equal(await page.getAttribute('#check-IP-01', 'data-outcome'), 'not-applicable');

  const origin = new URL(env.server.url).origin;
  assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== origin), [], 'no request outside the page origin');
  assert.deepEqual(log.errors, [], 'no console error');
  fs.writeFileSync(`${OUT}/metrics.json`, JSON.stringify({ readyMs }, null, 2));
  console.log(`# navigation to first rendered form: ${readyMs.toFixed(1)} ms`);
  await context.close();
});

test('the page works at 360 px wide without sideways scrolling', async () => {
  const { context, page, log } = await openPage(env, { viewport: { width: 360, height: 740 } });
  await ready(page);
  await page.click('#contact-add');
  await addCountry(page, 'contact-0-regions', 'OOO');
  await page.selectOption('#offer-offerType', 'dynamics-365-customer-engagement');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  // Rows can be removed again; with none left the question is open again until "none yet" is ticked.
  await page.click('#contact-add');
  await page.click('#contact-0-remove');
  assert.equal(await page.locator('#contact-0').count(), 0);
  assert.equal(await page.locator('#contact-1').count(), 1, 'the other row keeps its key');
  await page.click('#contact-1-remove');
  await addCountry(page, 'offer-coSellGeographies', 'NL');
  assert.equal(await page.getAttribute('#check-CS-06', 'data-outcome'), 'unknown', 'no rows: not answered');
  await page.check('#offer-salesContacts-none');
  assert.equal(await page.getAttribute('#check-CS-06', 'data-outcome'), 'not-met', 'none on purpose: not met');
  await page.screenshot({ path: `${OUT}/cosell-360.png`, fullPage: false });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('window.wasmBindings.evaluate gives every shared case its expected report', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  const cases = loadCases();
  const reports = await page.evaluate(
    (cases) => Promise.all(cases.map((c) => window.wasmBindings.evaluate(c.answers, { asOf: '2030-01-01' }))), cases);
  const failures = cases.flatMap((c, i) => mismatches(c.expect, reports[i]).map((m) => `${c.file}: ${m}`));
  assert.ok(cases.length >= 81, `${cases.length} cases`);
  assert.ok(cases.some((c) => c.file.startsWith('081-')), 'the proposed cases run too');
  assert.deepEqual(failures, []);

  const nl = await page.evaluate(() => window.wasmBindings.evaluate({}, { locale: 'nl', asOf: '2021-03-15' }));
  assert.equal(nl.locale, 'nl');
  assert.equal(nl.asOf, '2021-03-15');
  assert.deepEqual([nl.coSell, nl.rewards, nl.apss, nl.storefront, nl.leadSharing].flatMap((s) => s.checks.map((c) => c.rule)),
    ruleIds(), 'every rule of the RULES.md index, in order');
  assert.match(await page.evaluate(async () => (await window.wasmBindings.evaluate({})).asOf), /^\d{4}-\d{2}-\d{2}$/);

  const error = (answers, options) => page.evaluate(async ([a, o]) => {
    try { await window.wasmBindings.evaluate(a, o); return null; } catch (e) { return `${e.constructor.name}: ${e.message}`; }
  }, [answers, options]);
  assert.match(await error({ offer: { offerTyp: 'saas' } }), /^Error: offer\.offerTyp: unknown field `offerTyp`/);
  assert.match(await error({ partner: { azureConsumedRevenueUsd: -1 } }), /^Error: partner\.azureConsumedRevenueUsd: money must not be negative/);
  assert.match(await error({ offer: { azureIpInfrastructurePercent: 101 } }), /^Error: offer\.azureIpInfrastructurePercent: percentage must be between 0 and 100/);
  assert.match(await error({ asOf: '2021-02-30' }), /^Error: asOf: /);
  assert.match(await error({ partner: [true] }), /^Error: partner: invalid type: sequence, expected an object/);
  assert.match(await error({ partner: { hasMpnId: true, extra: 1 } }), /^Error: partner\.extra: unknown field `extra`/);
  assert.match(await error({}, { locale: 'de' }), /^Error: options\.locale: unknown variant `de`, expected `en` or `nl`/);
  assert.match(await error('nope'), /^Error: answers: invalid type: string "nope", expected an object/);
  await context.close();
});

test('under the co-sell rule set of 24 August 2023, chosen in Advanced, the page asks and answers as that page says, in English and Dutch', async () => {
  for (const [locale, viewport, names] of [
    ['en-GB', { width: 1280, height: 900 }, { ip: 'Azure IP co-sell eligible', inMarket: 'In market' }],
    ['nl-NL', { width: 390, height: 844 }, { ip: 'Azure IP co-sell eligible', inMarket: 'Op de markt' }],
  ]) {
    const { context, page, log } = await openPage(env, { locale, viewport });
    await ready(page);
    await page.click('#advanced summary');
    await page.check('input[name="rulesets.coSell"][value="2023-08-24"]');
    // Asked in that page's words.
    assert.match(await page.textContent('#partner-hasMpnId legend'), /PartnerID/, locale);
    assert.match(await page.textContent('#offer-coSellTabComplete legend'), /Co-sell > (Solutions|Oplossingen)/, locale);
    await yes(page, 'partner-hasMpnId');
    await yes(page, 'partner-marketplaceAccountActive');
    await yes(page, 'partner-businessProfileComplete');
    await page.fill('#partner-azureConsumedRevenueUsd', '150000');
    await page.selectOption('#offer-offerType', 'azure-virtual-machine');
    await page.selectOption('#offer-solutionType', 'ip-application');
    // No Gold competency, no Solutions Partner designation for a virtual machine.
    assert.equal(await page.locator('[name="partner.goldCompetency"]').count(), 0, locale);
    assert.equal(await page.locator('[name="partner.solutionsPartnerDesignation"]').count(), 0, locale);
    await page.check('#offer-liveIn-azure-marketplace');
    await yes(page, 'offer-coSellTabComplete');
    await yes(page, 'offer-onePager');
    await yes(page, 'offer-pitchDeck');
    await addCountry(page, 'offer-coSellGeographies', 'US');
    await page.click('#contact-add');
    await addCountry(page, 'contact-0-regions', 'US');
    await yes(page, 'offer-transactable');
    await page.selectOption('#offer-technicalValidation', 'passed');
    // No share of infrastructure and, for a virtual machine, no diagram is asked.
    assert.equal(await page.locator('#offer-azureIpInfrastructurePercent').count(), 0, locale);
    assert.equal(await page.locator('[name="offer.referenceArchitectureDiagram"]').count(), 0, locale);
    assert.equal(await page.textContent('#status-name'), names.ip, locale);
    assert.equal(await page.getAttribute('#check-IP-03', 'data-outcome'), 'not-applicable');
    assert.equal(await page.getAttribute('#check-IP-04', 'data-outcome'), 'met');
    // Free: not transactable, so co-sell ready, with IP-04 as the step to the incentive.
    await page.check('#offer-transactable-no');
    assert.equal(await page.getAttribute('#check-IP-04', 'data-outcome'), 'not-met');
    assert.equal(await page.getAttribute('#status', 'data-status'), 'co-sell-ready');
    // Live but not co-sell ready: "In market".
    await page.check('#partner-hasMpnId-no');
    assert.equal(await page.textContent('#status-name'), names.inMarket, locale);
    // A consulting service offer is asked for a Solutions Partner designation.
    await page.selectOption('#offer-offerType', 'consulting-service');
    assert.equal(await page.locator('[name="partner.solutionsPartnerDesignation"]').count(), 3, `${locale}: yes, no, not sure`);
    await page.screenshot({ path: `${OUT}/co-sell-2023-${locale}.png` });
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
