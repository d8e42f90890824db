// Accessibility: axe-core (WCAG 2.0, 2.1, 2.2 at A and AA) on every part of the page, empty and
// answered, in both languages (and no element id used twice); and the whole co-sell part answered
// with the keyboard alone, with focus always visible and the status announced through a polite
// live region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, ready, yes, answerAzureVm, violations, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('axe finds no WCAG A/AA violation, empty, partly and fully answered, in English and Dutch', async () => {
  // axe is injected as a script, which the page's own policy rightly forbids: bypass it here only.
  const { context, page } = await openPage(env, { bypassCSP: true });
  await ready(page);
  assert.deepEqual(await violations(page), [], 'empty');
  await yes(page, 'partner-hasMpnId');
  await page.selectOption('#offer-offerType', 'saas');
  await page.click('#contact-add');
  // Focus moves into the new row on the next frame; act after it, as a person would.
  await page.waitForFunction(() => document.activeElement?.id === 'contact-0-name');
  await page.fill('#partner-azureConsumedRevenueUsd', 'lots');
  await page.press('#partner-azureConsumedRevenueUsd', 'Tab');
  assert.equal(await page.locator('#partner-azureConsumedRevenueUsd-error').count(), 1);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  assert.deepEqual(await violations(page), [], 'partly answered, with an error shown');
  await page.fill('#partner-azureConsumedRevenueUsd', '');
  await answerAzureVm(page);
  await yes(page, 'offer-referenceArchitectureDiagram');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  assert.deepEqual(await violations(page), [], 'fully answered');
  await page.click('#lang-nl');
  assert.deepEqual(await violations(page), [], 'fully answered, Dutch');
  await context.close();
});

/** Answers a few questions of each part, so results of every kind are on the page. */
async function answerEveryPart(page) {
  const go = async (part) => {
    await page.evaluate((p) => { window.location.hash = `#/${p}`; }, part);
    await page.waitForFunction((p) => document.querySelector('main').dataset.part === `/${p}`, part);
  };
  await go('rewards');
  await yes(page, 'partner-hasMpnId');
  await page.check('#offer-liveIn-azure-marketplace');
  await page.selectOption('#offer-listingType', 'free-trial');
  await yes(page, 'rewards-marketingContactAssigned');
  await page.fill('#rewards-contactEmail', 'not an address');
  await page.fill('#offer-liveSince', '2020-01-01');
  await go('apss');
  await yes(page, 'partner-cspPartner');
  await page.selectOption('#apss-targetTenant', 'shared-services');
  await page.check('#apss-uses-dev-test');
  await page.check('#apss-uses-resale-to-customers');
  await page.selectOption('#apss-marketplaceItem', 'free-service');
  await go('storefront');
  await page.selectOption('#storefront-audience', 'both');
  await page.check('#storefront-clouds-azure-stack');
}

test('axe finds no violation and no id is used twice on any part, empty and answered, in English and Dutch', async () => {
  const { context, page } = await openPage(env, { bypassCSP: true, part: '' });
  await ready(page);
  const parts = ['', 'co-sell', 'rewards', 'apss', 'storefront', 'lead-sharing'];
  const check = async (when) => {
    for (const part of parts) {
      await page.evaluate((p) => { window.location.hash = `#/${p}`; }, part);
      await page.waitForFunction((p) => document.querySelector('main').dataset.part === `/${p}`, part);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      assert.deepEqual(await violations(page), [], `${part || 'overview'}, ${when}`);
      const twice = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      assert.deepEqual(twice, [], `${part || 'overview'}, ${when}: ids used twice`);
    }
  };
  await check('empty');
  await answerEveryPart(page);
  await check('answered');
  await page.click('#lang-nl');
  await check('answered, Dutch');
  await context.close();
});

/**
 * The element in focus: its id, and whether a focus ring is drawn (outline of 2px or more) round
 * it or, for a radio button or check box, round its whole label.
 */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const drawn = (e) => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; };
    const pill = el.closest('label.choice');
    const ring = pill ? drawn(pill) : drawn(el);
    return { id: el.id, tag: el.tagName, name: el.getAttribute('name'), ring, body: el === document.body };
  });
}

/** Presses `key` until `done(focus)` holds; every focus on the way must be visible. */
async function pressUntil(page, key, done, limit = 150) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const f = await focused(page);
    assert.ok(!f.body, `focus was lost after ${key}`);
    assert.ok(f.ring, `focus on ${f.tag}#${f.id} is not visible`);
    if (done(f)) return f;
  }
  throw new Error(`${key} ${limit} times did not reach the target`);
}

/** Tabs forward to the element `id`, unless focus is already there. */
async function tabTo(page, id) {
  const here = await focused(page);
  return here.id === id ? here : pressUntil(page, 'Tab', (f) => f.id === id);
}
const tabToGroup = (page, group) => pressUntil(page, 'Tab', (f) => f.id?.startsWith(`${group}-`));

/** Picks a Yes / No / Not sure answer with the arrow keys (the group is one Tab stop). */
async function answer(page, group, value) {
  await tabToGroup(page, group);
  await pressUntil(page, 'ArrowRight', (f) => f.id === `${group}-${value}`, 3);
  assert.ok(await page.isChecked(`#${group}-${value}`), `${group} = ${value}`);
}

/** Chooses an option of a closed select with the arrow keys. */
async function choose(page, id, value) {
  await tabTo(page, id);
  for (let i = 0; i < 300 && (await page.inputValue(`#${id}`)) !== value; i += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue(`#${id}`), value, id);
}

async function addCountryByKeyboard(page, list, code) {
  await choose(page, `${list}-picker`, code);
  await tabTo(page, `${list}-add`);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(`#${list} .chip[data-code="${code}"]`).count(), 1, `${code} added to ${list}`);
}

test('the whole co-sell part can be answered with the keyboard alone', async () => {
  const { context, page, log } = await openPage(env);
  await ready(page);
  await page.evaluate(() => {
    // Every announcement of the live status region, as a screen reader would hear it.
    window.__announced = [];
    const region = document.getElementById('status');
    new MutationObserver(() => window.__announced.push(region.textContent)).observe(region, { subtree: true, childList: true, characterData: true });
  });
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');

  const first = await pressUntil(page, 'Tab', () => true);
  assert.equal(first.tag, 'A', 'the first Tab stop is the skip link');
  await answer(page, 'partner-hasMpnId', 'yes');
  await tabTo(page, 'partner-mpnId');
  await page.keyboard.type('1234567');
  await answer(page, 'partner-marketplaceAccountActive', 'yes');
  await answer(page, 'partner-businessProfileComplete', 'yes');
  await answer(page, 'partner-goldCompetency', 'no');
  await choose(page, 'partner-isvConnect', 'none');
  await tabTo(page, 'partner-azureConsumedRevenueUsd');
  await page.keyboard.type('150,000');
  await tabTo(page, 'offer-name');
  await page.keyboard.type('Contoso Keys');
  await choose(page, 'offer-offerType', 'saas');
  // Shift+Tab goes back: the ISV Connect question disappeared for SaaS, ACR stays.
  await pressUntil(page, 'Shift+Tab', (f) => f.id === 'partner-azureConsumedRevenueUsd');
  assert.equal(await page.locator('#partner-isvConnect').count(), 0);
  await tabTo(page, 'offer-offerType');
  await choose(page, 'offer-solutionType', 'ip-application');
  await tabTo(page, 'offer-liveIn-azure-marketplace');
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked('#offer-liveIn-azure-marketplace'));
  await answer(page, 'offer-coSellTabComplete', 'yes');
  await answer(page, 'offer-onePager', 'yes');
  await answer(page, 'offer-pitchDeck', 'yes');
  await addCountryByKeyboard(page, 'offer-coSellGeographies', 'NL');
  await tabTo(page, 'contact-add');
  await page.keyboard.press('Enter');
  // Focus moves into the new row.
  await page.waitForFunction(() => document.activeElement?.id === 'contact-0-name');
  await page.keyboard.type('B. de Vries');
  await choose(page, 'contact-0-role', 'partner-sales');
  // Add with no country chosen says so (in a live region) and puts focus on the picker.
  await tabTo(page, 'contact-0-regions-add');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'contact-0-regions-picker');
  assert.match(await page.textContent('#contact-0-regions-hint'), /Choose a country in the list first/);
  assert.equal(await page.getAttribute('#contact-0-regions-hint', 'role'), 'status');
  await addCountryByKeyboard(page, 'contact-0-regions', 'OOO');
  assert.equal(await page.textContent('#contact-0-regions-hint'), '', 'the message goes once a country is chosen');
  await tabTo(page, 'contact-add');
  await answer(page, 'offer-transactable', 'yes');
  await choose(page, 'offer-technicalValidation', 'passed');
  await tabTo(page, 'offer-azureIpInfrastructurePercent');
  await page.keyboard.type('75');
  await answer(page, 'offer-referenceArchitectureDiagram', 'yes');

  assert.equal(await page.textContent('#status-name'), 'Azure IP Co-sell incentivized');
  const announced = await page.evaluate(() => window.__announced);
  assert.ok(announced.some((t) => t.includes('Co-sell ready')), `announced: ${announced.join(' | ')}`);
  assert.ok(announced.at(-1).includes('Azure IP Co-sell incentivized'));
  // The skip link leads straight to the results (focus moves; the fragment keeps naming the part).
  await page.keyboard.press('Shift+Tab');
  await page.focus('a.skip-link');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'results');
  assert.ok(page.url().endsWith('#/co-sell'));
  await page.screenshot({ path: `${OUT}/keyboard-done.png`, fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the APSS part can be answered with the keyboard alone, check boxes and a date included', async () => {
  const { context, page, log } = await openPage(env, { part: 'apss' });
  await ready(page);
  await answer(page, 'partner-cspPartner', 'yes');
  await choose(page, 'partner-partnerCenterRole', 'global-admin');
  await answer(page, 'apss-sharedServicesTenant', 'yes');
  await choose(page, 'apss-targetTenant', 'shared-services');
  for (const use of ['dev-test', 'reserved-instances']) {
    await tabTo(page, `apss-uses-${use}`);
    await page.keyboard.press('Space');
    assert.ok(await page.isChecked(`#apss-uses-${use}`), use);
  }
  await choose(page, 'apss-marketplaceItem', 'byol');
  await tabTo(page, 'apss-purchasedOn');
  await page.keyboard.type('01152019'); // month, day, year in the browser's en-US date field
  assert.equal(await page.inputValue('#apss-purchasedOn'), '2019-01-15');
  await answer(page, 'apss-existingDeployment', 'no');
  assert.equal(await page.textContent('#status-apss-name'), 'Available');
  assert.equal(await page.textContent('#apss-marketplace-verdict'), 'Supported');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the parts are reached by keyboard: Enter on a navigation link opens the part and moves focus to its result', async () => {
  const { context, page, log } = await openPage(env, { part: 'co-sell' });
  await ready(page);
  await tabTo(page, 'nav-rewards');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'results-rewards');
  assert.ok(page.url().endsWith('#/rewards'));
  assert.equal(await page.getAttribute('#nav-rewards', 'aria-current'), 'page');
  // From the result, Shift+Tab goes back up into the part's questions, never to a hidden panel.
  const back = await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'INPUT' || f.tag === 'SELECT' || f.tag === 'BUTTON');
  assert.ok(await page.isVisible(`#${back.id}`), `#${back.id} is visible`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('keep and share by keyboard: notices, the confirmation and every tool dialog pass axe in English and Dutch', async () => {
  for (const locale of ['en-US', 'nl-NL']) {
    const { context, page, log } = await openPage(env, { locale, bypassCSP: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    await answer(page, 'partner-hasMpnId', 'yes');
    // Start again by keyboard: the confirmation takes focus, then Undo does.
    await tabTo(page, 'start-over');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'confirm-start-over');
    assert.deepEqual(await violations(page), [], `${locale}: confirmation`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'undo');
    assert.deepEqual(await violations(page), [], `${locale}: undo notice`);
    await page.keyboard.press('Enter');
    // The share link is made on the page: its panel takes focus on the link, selected.
    await tabTo(page, 'share-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'share-url');
    assert.ok(await page.evaluate(() => document.activeElement.selectionEnd > 20), `${locale}: the link is selected`);
    assert.deepEqual(await violations(page), [], `${locale}: share panel`);
    // The panel comes after the buttons: back up to the first tool.
    await pressUntil(page, 'Shift+Tab', (f) => f.id === 'download-record');
    // Each tool opens as a modal dialog with focus on its heading; Escape closes it and focus returns.
    const shown = { 'download-record': '#record-saved', 'open-record': '#tools-file', batch: '#tools-file', compare: '#compare-coSell' };
    for (const tool of ['download-record', 'open-record', 'batch', 'compare']) {
      await tabTo(page, tool);
      await page.keyboard.press('Enter');
      // The dialog opens at once with "Loading…" the first time, then shows the tool.
      await page.waitForSelector(shown[tool]);
      await page.waitForFunction(() => document.activeElement?.id === 'tools-title');
      if (tool === 'batch') {
        const csv = 'offer.name,partner.hasMpnId\nA,true\nB,maybe\n';
        await page.setInputFiles('#tools-file', { name: 'o.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await page.waitForSelector('#batch-table');
        await page.click('#batch-table tbody tr:first-child button');
        await page.waitForSelector('#batch-detail .tool-report');
      }
      assert.deepEqual(await violations(page), [], `${locale}: ${tool} dialog`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('#tools', { state: 'hidden' });
      assert.equal((await focused(page)).id, tool, `${locale}: focus back on ${tool}`);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
