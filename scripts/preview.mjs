// `make preview`: the release build in dist/ served as a production host serves it (scripts/serve.mjs
// with `host`: brotli or gzip, the build's `_headers` applied, `_headers` itself 404, ETags),
// under a sub-path, so what a visitor gets can be tried before publishing. Prints the address and
// the headers the page is sent.
//   node scripts/preview.mjs [--at /checker/] [--port 8082] [--dir dist]
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import { serve } from './serve.mjs';

const { values } = parseArgs({
  options: {
    at: { type: 'string', default: '/checker/' },
    port: { type: 'string', default: '8082' },
    dir: { type: 'string', default: 'dist' },
  },
});
const at = `/${values.at.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!fs.existsSync(`${values.dir}/_headers`)) {
  console.error(`preview: ${values.dir}/_headers is missing; make a release build first (make build)`);
  process.exit(1);
}
const { url } = await serve(values.dir, { host: true, at, port: Number(values.port) });
const page = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
console.log(`preview: ${values.dir}/ served as a host serves it, at ${url}`);
console.log(`preview: the page is sent (${page.status}):`);
for (const [name, value] of page.headers) console.log(`  ${name}: ${value}`);
console.log('preview: Ctrl+C stops it.');
