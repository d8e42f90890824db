// Shared set-up for the end-to-end tests: the built page (dist/) served on 127.0.0.1, Debian's
// Chromium through playwright-core, and a page instrumented to record what a test must check.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { launch } from './browser.mjs';
import { servedFiles } from './sizes.mjs';

export const DIST = 'dist';
export const OUT = 'target/e2e';

/**
 * Starts the server and the browser once per test file; `stop()` (in the file's `after`) ends
 * both, the server also when the browser fails to close or to start.
 */
export async function start() {
  assert.ok(fs.existsSync(`${DIST}/index.html`), 'build the release page first (trunk build --release)');
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serve(DIST);
  let browser;
  try {
    browser = await launch();
  } catch (error) {
    await server.close();
    throw error;
  }
  return { server, browser, stop: async () => { try { await browser.close(); } finally { await server.close(); } } };
}

/**
 * Opens the page in a fresh context, as a first visit in a visitor's browser (the service worker
 * allowed unless a test is about blocking it), and records: every request URL the page makes (not
 * the service worker's own, which fill its cache), console errors and page errors, CSP
 * violations, dialogs, and the time the app marked itself ready. `part` is the part of the page
 * to open (the URL fragment `#/co-sell`; `''` for the overview).
 */
export async function openPage(env, { viewport = { width: 1280, height: 900 }, locale = 'en-US', bypassCSP = false, serviceWorkers = 'allow', route, part = 'co-sell' } = {}) {
  const context = await env.browser.newContext({ viewport, locale, bypassCSP, serviceWorkers });
  const page = await context.newPage();
  const log = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    new MutationObserver((_, obs) => {
      const app = document.getElementById('app');
      if (app?.dataset.ready) { window.__readyAt = performance.now(); obs.disconnect(); }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  if (route) await route(page);
  await page.goto(`${env.server.url}#/${part}`);
  return { context, page, log };
}

/** Waits for the app's first render and returns the time from navigation to it, in ms. */
export async function ready(page) {
  await page.waitForSelector('#app[data-ready="true"]');
  return page.evaluate(() => window.__readyAt);
}

/** Gives the page `answers` as a shared link does (the `eligibility-answers` event), on `part`. */
export async function giveAnswers(page, answers, part = 'co-sell') {
  await page.evaluate(({ answers, part }) => window.dispatchEvent(new CustomEvent('eligibility-answers',
    { detail: { answers, part, from: 'link' } })), { answers, part });
}

export const yes = (page, id) => page.check(`#${id}-yes`);
export const no = (page, id) => page.check(`#${id}-no`);

/** Adds a country to a list as a person would: focus the picker (which fills it), choose, Add. */
export async function addCountry(page, listId, code) {
  await page.focus(`#${listId}-picker`);
  await page.selectOption(`#${listId}-picker`, code);
  await page.click(`#${listId}-add`);
}

/** Answers every co-sell question for an Azure Virtual Machine offer (mouse and typing). */
export async function answerAzureVm(page) {
  await yes(page, 'partner-hasMpnId');
  await page.fill('#partner-mpnId', '1234567');
  await yes(page, 'partner-marketplaceAccountActive');
  await yes(page, 'partner-businessProfileComplete');
  await no(page, 'partner-goldCompetency');
  await page.fill('#partner-azureConsumedRevenueUsd', '25,000');
  await page.fill('#offer-name', 'Contoso Vision VM');
  await page.selectOption('#offer-offerType', 'azure-virtual-machine');
  await page.selectOption('#offer-solutionType', 'ip-application');
  await page.check('#offer-liveIn-azure-marketplace');
  await yes(page, 'offer-coSellTabComplete');
  await yes(page, 'offer-onePager');
  await yes(page, 'offer-pitchDeck');
  await addCountry(page, 'offer-coSellGeographies', 'US');
  await addCountry(page, 'offer-coSellGeographies', 'NL');
  await page.click('#contact-add');
  await page.fill('#contact-0-name', 'A. Jansen');
  await addCountry(page, 'contact-0-regions', 'US');
  await addCountry(page, 'contact-0-regions', 'NL');
  await yes(page, 'offer-transactable');
  await page.fill('#offer-billedRevenueUsd', '120,000');
  await no(page, 'offer-referenceArchitectureDiagram');
}

/** The files of the build a browser may fetch, as paths from the site root. */
export function builtFiles() {
  return servedFiles(DIST).map((f) => `/${f}`);
}

/** Waits until the service worker controls `page` (it claims the page once installed). */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe violations (WCAG 2.0, 2.1, 2.2 at A and AA) of the page as it is now, one line each. axe is
 * injected as a script, so open the page with `bypassCSP: true`.
 */
export async function violations(page) {
  // Examine a settled page: pending focus moves (next frame) and Yew's renders are done.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

