// The release build published as docs/publishing.md says, served as `make preview` serves it
// (scripts/serve.mjs with `host`: brotli or gzip, the build's `_headers` applied, `_headers` itself
// 404, ETags, under a sub-path): the headers a visitor is sent, the service worker installing
// there, the page installable on a phone's home screen and showing its own version, and two
// builds published one after the other reaching an open tab and a returning visitor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { IMMUTABLE, REVALIDATE } from '../scripts/build/headers.mjs';
import { launch, CHROMIUM_ARGS } from './browser.mjs';
import { ready, yes, controlled, DIST, OUT } from './helpers.mjs';
import { copyBuild, buildId, republish, lookForUpdate, takeUpdate, cacheGone } from './publish.mjs';
import { checkSite } from '../scripts/check-site.mjs';

const AT = '/checker/';
const run = promisify(execFile);
let browser;
before(async () => { browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); });

/** A visitor's browser profile; every response, page error, console error and CSP violation is kept. */
async function visitor() {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, serviceWorkers: 'allow', isMobile: true, hasTouch: true });
  const seen = { responses: new Map(), errors: [] };
  context.on('response', (r) => seen.responses.set(new URL(r.url()).pathname, r));
  const open = async (url) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => seen.errors.push(e.message));
    // Errors, and warnings about a header (Chromium warns of a policy feature it does not know).
    page.on('console', (m) => { if (m.type() === 'error' || (m.type() === 'warning' && /header|polic/i.test(m.text()))) seen.errors.push(m.text()); });
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(url);
    await ready(page);
    return page;
  };
  return { context, seen, open };
}

test('as a host serves it under a sub-path: its headers, compression, the worker, installable, its version', async (t) => {
  const server = await serve(DIST, { host: true, at: AT });
  const { context, seen, open } = await visitor();
  t.after(() => Promise.all([server.close(), context.close()]));
  const page = await open(`${server.url}#/co-sell`);
  await yes(page, 'partner-hasMpnId');
  assert.equal(await page.getAttribute('#check-CS-01', 'data-outcome'), 'met');
  await controlled(page);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), server.url);

  // The page: the CSP as a header too (with frame-ancestors, which a meta tag cannot say),
  // revalidated on every visit, compressed with brotli (Chromium asks for it).
  const html = (await seen.responses.get(AT).allHeaders());
  assert.match(html['content-security-policy'], /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'.*; frame-ancestors 'none'$/);
  assert.equal(html['x-content-type-options'], 'nosniff');
  assert.equal(html['referrer-policy'], 'no-referrer');
  assert.match(html['permissions-policy'], /camera=\(\)/);
  assert.equal(html['cache-control'], REVALIDATE);
  assert.equal(html['content-encoding'], 'br');
  // Hashed files for a year; the wasm as application/wasm, brotli.
  const wasmPath = [...seen.responses.keys()].find((p) => /eligibility-web-[0-9a-f]{8,16}_bg\.wasm$/.test(p));
  const wasm = await seen.responses.get(wasmPath).allHeaders();
  assert.equal(wasm['content-type'], 'application/wasm');
  assert.equal(wasm['cache-control'], IMMUTABLE);
  assert.equal(wasm['content-encoding'], 'br');
  // The worker and the manifest are revalidated, so a new build is seen.
  const origin = new URL(server.url).origin;
  for (const file of ['sw.js', 'manifest.webmanifest', 'icons/icon-192.png']) {
    const response = await fetch(`${server.url}${file}`);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('cache-control'), REVALIDATE, file);
  }
  assert.equal((await fetch(`${server.url}_headers`)).status, 404, 'hosts do not serve _headers');
  assert.equal((await fetch(`${origin}${AT.slice(0, -1)}`, { redirect: 'manual' })).headers.get('location'), AT);

  // Installable: Chromium finds nothing missing (manifest, icons, worker, start URL in scope). A
  // test context is an incognito profile, where nothing installs, so this asks a real profile.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'eligibility-profile-'));
  const installer = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  t.after(() => installer.close());
  const home = await installer.newPage();
  await home.goto(server.url);
  await ready(home);
  await controlled(home);
  const cdp = await installer.newCDPSession(home);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const data = JSON.parse(manifest.data);
  assert.equal(await page.getAttribute('meta[name="theme-color"]', 'content'), data.theme_color);
  assert.equal(new URL(data.start_url, manifest.url).href, server.url, 'starts at the page, wherever it is published');
  await installer.close();
  fs.rmSync(profile, { recursive: true, force: true });

  // The version a maintainer looks for: the footer names the commit it was built from.
  const commit = execFileSync('git', ['log', '-1', '--format=%cs %h'], { encoding: 'utf8' }).trim();
  assert.match(await page.innerText('#version'), new RegExp(`^Version \\d+\\.\\d+\\.\\d+ \\(${commit}\\)$`));
  await page.click('#lang-nl');
  assert.match(await page.innerText('#version'), new RegExp(`^Versie \\d+\\.\\d+\\.\\d+ \\(${commit}\\)$`));
  await page.locator('.site-footer').screenshot({ path: `${OUT}/host-phone-footer.png` });

  // With the host gone, the installed page still opens from its start URL.
  await server.close();
  const offline = await open(server.url);
  assert.equal(await offline.locator('#app[data-ready]').count(), 1);
  assert.deepEqual(seen.errors, []);
});

test('two builds published one after the other under a sub-path reach an open tab and a returning visitor', async (t) => {
  const dir = copyBuild(DIST);
  const server = await serve(dir, { host: true, at: AT });
  const { context, seen, open } = await visitor();
  t.after(() => Promise.all([server.close(), context.close()]));
  const tab = await open(`${server.url}#/co-sell`);
  await controlled(tab);
  await yes(tab, 'partner-hasMpnId');
  const ids = [buildId(dir)];

  for (const label of ['build 2', 'build 3']) {
    const { id } = republish(dir, label);
    ids.push(id);
    // The open tab looks for a new build (as it does when shown again): it is offered and takes it,
    // keeping the answers.
    await lookForUpdate(tab);
    await takeUpdate(tab);
    assert.equal(await tab.getAttribute('meta[name="eligibility-build"]', 'content'), id, `${label} runs after Reload`);
    assert.equal(await tab.isChecked('#partner-hasMpnId-yes'), true, 'the answers are kept');
    // Its files come with the host's headers for this build.
    const css = [...seen.responses.keys()].filter((p) => /style-[0-9a-f]{8,16}\.css$/.test(p)).at(-1);
    assert.equal((await fetch(`${new URL(server.url).origin}${css}`)).headers.get('cache-control'), IMMUTABLE, css);
    await tab.click('#batch');
    await tab.waitForSelector('#tools-file');
    await tab.keyboard.press('Escape');
  }
  // A returning visitor (a new tab) gets the last build; the first build's cache has gone.
  const next = await open(`${server.url}#/co-sell`);
  assert.equal(await next.getAttribute('meta[name="eligibility-build"]', 'content'), ids[2]);
  await cacheGone(next, ids[0]);
  assert.deepEqual(seen.errors, []);
});

test('the site check of docs/publishing.md: all well as the guide publishes it, warnings on a bare server', async (t) => {
  const host = await serve(DIST, { host: true, at: AT });
  const bare = await serve(DIST, { at: AT });
  t.after(() => Promise.all([host.close(), bare.close()]));
  const good = await checkSite(host.url);
  assert.equal(good.build, buildId(DIST));
  const commit = execFileSync('git', ['log', '-1', '--format=%cs %h'], { encoding: 'utf8' }).trim();
  assert.match(good.version, new RegExp(`^\\d+\\.\\d+\\.\\d+ \\(${commit}\\)$`), 'the version the footer shows');
  assert.deepEqual(good.results.filter((r) => r.level !== 'ok'), []);
  assert.ok(good.results.length >= 10, 'every check ran');
  // A server that sends no headers and does not compress: it works, and the check says what is lost.
  const plain = await checkSite(bare.url);
  assert.deepEqual(plain.results.filter((r) => r.level === 'fail'), []);
  const warned = plain.results.filter((r) => r.level === 'warn').map((r) => r.what).join('\n');
  for (const lost of [/frame/, /x-content-type-options/, /compression: none/, /_headers is served/]) assert.match(warned, lost);
  // A folder that is not the checker fails, and the command line says so in its exit code.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'not-the-checker-'));
  fs.writeFileSync(path.join(empty, 'index.html'), '<!doctype html><title>other</title>');
  const other = await serve(empty);
  t.after(() => other.close());
  assert.ok((await checkSite(other.url)).results.some((r) => r.level === 'fail'));
  // (Asynchronously: the servers answer from this process.)
  await assert.rejects(run('node', ['scripts/check-site.mjs', other.url]), (e) => e.code === 1);
  assert.match((await run('node', ['scripts/check-site.mjs', host.url])).stdout, /The host serves version \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2} [0-9a-f]+\), build [0-9a-f]{16}\./);
});
