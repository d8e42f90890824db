// Unit tests of what the build reads from and writes into index.html.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAssets, renewIntegrity, integrityOf, afterCharset, meta, inlineScript } from './html.mjs';

// Trunk's index.html as `trunk build --release` writes it, at the root and with a relative public_url.
const trunkHtml = (p) => `<!doctype html><html lang=en><meta charset=utf-8><title>t</title>`
  + `<link rel=modulepreload href="${p}eligibility-web-abc.js" crossorigin=anonymous integrity="sha384-AAAA">`
  + `<link rel=preload href="${p}eligibility-web-abc_bg.wasm" crossorigin=anonymous integrity="sha384-BBBB" as=fetch type=application/wasm>`
  + `<script src=${p}boot-123.js integrity=sha384-CCCC></script>`
  + `<script type=module>import init, * as bindings from '${p}eligibility-web-abc.js';`
  + `const wasm = await init({ module_or_path: '${p}eligibility-web-abc_bg.wasm' });</script>`;

test('the page\'s glue, wasm and boot.js are found with root and relative URLs', () => {
  for (const prefix of ['/', './', '']) {
    assert.deepEqual(findAssets(trunkHtml(prefix)),
      { glue: 'eligibility-web-abc.js', wasm: 'eligibility-web-abc_bg.wasm', boot: 'boot-123.js' }, `prefix ${prefix}`);
  }
  // Quoted attributes, as Trunk writes them unminified.
  assert.equal(findAssets(trunkHtml('./').replace('src=./boot-123.js', 'src="./boot-123.js"')).boot, 'boot-123.js');
});

test('a missing asset is named', () => {
  assert.throws(() => findAssets(trunkHtml('/').replace(/<script src[^>]*><\/script>/, '')), /cannot find boot\.js in index\.html/);
  assert.throws(() => findAssets('<html></html>'), /the wasm-bindgen module, its wasm, boot\.js/);
});

test('integrity is renewed on every tag naming the file, quoted or not, and its absence stops the build', () => {
  for (const prefix of ['/', './']) {
    const html = trunkHtml(prefix);
    const glue = renewIntegrity(html, 'eligibility-web-abc.js', 'new glue');
    assert.ok(glue.includes(`integrity="${integrityOf('new glue')}"`), 'quoted, in the modulepreload');
    const boot = renewIntegrity(html, 'boot-123.js', 'new boot');
    assert.ok(boot.includes(`integrity=${integrityOf('new boot')}>`), 'unquoted, in the script tag');
    assert.ok(boot.includes('integrity="sha384-AAAA"'), 'other tags unchanged');
  }
  assert.equal(integrityOf('abc'), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  assert.throws(() => renewIntegrity('<script src=/x.js></script>', 'x.js', 'c'), /no integrity attribute found for x\.js/);
});

test('tags go right after the charset; meta content is escaped', () => {
  assert.equal(afterCharset('<head><meta charset=utf-8><title>', '<meta name=a>'), '<head><meta charset=utf-8><meta name=a><title>');
  assert.throws(() => afterCharset('<head><title>', 'x'), /no <meta charset>/);
  assert.equal(meta('eligibility-build', 'a"<&'), '<meta name="eligibility-build" content="a&quot;&lt;&amp;">');
});

test('a script is written into its empty tag once; a missing or doubled tag, or a closing tag in the code, stops the build', () => {
  const html = '<head><script data-inline-src="www/lang.js"></script></head>';
  // `$&` in the code is written as it is, not read as a replacement pattern.
  assert.equal(inlineScript(html, 'www/lang.js', 'a("$&")'), '<head><script>a("$&")</script></head>');
  assert.equal(inlineScript('<script data-inline-src=www/lang.js></script>', 'www/lang.js', 'a()'), '<script>a()</script>');
  assert.throws(() => inlineScript('<head></head>', 'www/lang.js', 'a()'), /once \(found 0\)/);
  assert.throws(() => inlineScript(html + html, 'www/lang.js', 'a()'), /once \(found 2\)/);
  assert.throws(() => inlineScript(html, 'www/lang.js', 'x = "</script>"'), /would break the page/);
  assert.throws(() => inlineScript(html, 'www/lang.js', 'x = "<!--"'), /would break the page/);
});
