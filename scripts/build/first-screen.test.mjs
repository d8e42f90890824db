// Unit tests of the static parts' step: each fragment goes into its empty element, nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillStaticParts } from './first-screen.mjs';

const page = '<body><header class=site-header id=site-header></header><div id="app">\n</div><footer id="site-footer" class="site-footer"></footer><template id=fatal-texts></template></body>';
const parts = { header: '<h1>Title $& $1</h1>', app: '<main>first</main>', footer: '<p>Footer</p>' };

test('each static part fills its empty element, as written and as minified', () => {
  assert.equal(fillStaticParts(page, parts),
    '<body><header class=site-header id=site-header><h1>Title $& $1</h1></header><div id="app"><main>first</main></div>'
    + '<footer id="site-footer" class="site-footer"><p>Footer</p></footer><template id=fatal-texts></template></body>');
});

test('a missing or filled element, an empty part, script or style, or a second #app stops the build', () => {
  assert.throws(() => fillStaticParts(page.replace('<div id="app">\n</div>', ''), parts), /empty element with id "app"/);
  assert.throws(() => fillStaticParts(page.replace('id=site-header>', 'id=site-header><p>old</p>'), parts), /id "site-header"/);
  // An id that only starts like one of the places is not it.
  assert.throws(() => fillStaticParts(page.replace('id="app"', 'id="apple"'), parts), /id "app"/);
  assert.throws(() => fillStaticParts(page, { ...parts, footer: ' ' }), /"footer" is empty/);
  for (const bad of ['<script>x</script>', '<p style="color:red">x</p>', '<style>p{}</style>']) {
    assert.throws(() => fillStaticParts(page, { ...parts, app: bad }), /no script or inline style/, bad);
  }
  assert.throws(() => fillStaticParts(page, { ...parts, app: '<div id="app"></div>' }), /holds #app/);
});
