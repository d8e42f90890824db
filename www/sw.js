// The service worker: keeps the page and its tools working offline, and lets a new build take over
// without breaking a page that is still open. The build (scripts/build/worker.mjs) writes this
// build's data in place of the placeholder below: `{ id, files }`, the build's id and the URLs of its
// files (relative to this file; every name but the page's carries its content hash).
//
// Update design (README, "Updates"):
// - install caches this build's files under `eligibility-<id>`, the tools module included, so a
//   page can still load its own build's tools after a newer build replaced them on the server;
// - a new worker waits: it takes over when no page of the old build is open, or when a page asks
//   (`skip-waiting`: the page's "A new version is available" notice, or a page of the new build);
// - files are looked up in every build's cache: a hashed name is the same file in any build, so an
//   open page of an older build is served its own files until it reloads;
// - a build's cache is deleted once no open page says it is of that build (`tidy`).
/* eslint-env serviceworker */
'use strict';

const BUILD = self.__BUILD__;
const PREFIX = 'eligibility-';
const CACHE = `${PREFIX}${BUILD.id}`;
/** How long a page has to say which build it is before tidying keeps every cache. */
const ASK_MS = 2000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(BUILD.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(tidy));
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') {
    event.waitUntil(self.skipWaiting());
  } else if (type === 'build?' && event.ports[0]) {
    event.ports[0].postMessage(BUILD.id);
  } else if (type === 'tidy') {
    event.waitUntil(tidy());
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the newest from the network, this build's copy when offline.
    event.respondWith(fetch(request).catch(() => caches.match('./', { cacheName: CACHE })));
    return;
  }
  // Any build's cache (hashed names), else the network. The query is ignored: it never selects a
  // different file here.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});

/** Asks an open page which build it runs (`www/boot.js` answers); `null` when it does not say. */
function buildOf(client) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), ASK_MS);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(typeof event.data === 'string' ? event.data : null);
    };
    client.postMessage({ type: 'build?' }, [channel.port2]);
  });
}

/**
 * Deletes the caches of builds that no open page runs. When a page does not answer (frozen in
 * the background, say), nothing is deleted: its files may still be needed.
 */
async function tidy() {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const builds = await Promise.all(pages.map(buildOf));
  if (builds.includes(null)) return;
  const keep = new Set([CACHE, ...builds.map((id) => `${PREFIX}${id}`)]);
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PREFIX) && !keep.has(name)).map((name) => caches.delete(name)));
}
