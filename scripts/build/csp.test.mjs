// Unit tests of the Content-Security-Policy step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { inlineScriptHashes, policyFor, policyMeta } from './csp.mjs';

const sha = (body) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`;

test('each inline script is allowed by its hash; scripts with src are not hashed', () => {
  const html = '<script src=./boot.js></script><script type=module>import a from "./a.js";</script><script>x()</script>';
  assert.deepEqual(inlineScriptHashes(html), [sha('import a from "./a.js";'), sha('x()')]);
  const policy = policyFor(html);
  assert.ok(policy.includes(`script-src 'self' 'wasm-unsafe-eval' ${sha('import a from "./a.js";')} ${sha('x()')};`), policy);
  for (const part of ["default-src 'none'", "style-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(policy.split('; ').includes(part), `${part} in ${policy}`);
  }
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) assert.ok(!policy.split(/[\s;]+/).includes(loose), loose);
});

test('inline style stops the build: the policy allows none', () => {
  assert.throws(() => policyFor('<p style="color:red">'), /inline style/);
  assert.throws(() => policyFor('<style>p{}</style>'), /inline style/);
  assert.doesNotThrow(() => policyFor('<link rel=stylesheet href=./style.css>'));
});

test('the meta tag carries the policy', () => {
  assert.equal(policyMeta("default-src 'none'"), `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
});
