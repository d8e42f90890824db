// What the page needs once it accepts input, loaded by www/boot.js after the app's first render so
// the first load carries none of it (the build gives it a hashed name, in
// `<meta name="eligibility-extras">`), with the styles of what it shows (www/tools.css):
// 1. window.eligibilityLz(): lz-string, loaded the first time a share link is made or opened.
// 2. window.eligibilityTools(call, …): the tools module (records, batch checks, compare, damaged
//    share links, the JS API; crates/tools), loaded the first time it is needed. A tool's dialog
//    opens at once with "Loading…", and says so with "Try again" when the module cannot be loaded.
// 3. The service worker (www/sw.js) and the page's side of its update design: the page says which
//    build it is, a new build that this page is not of shows "A new version is available" with
//    Reload, and a page of the new build lets the new worker take over at once.
(function () {
  'use strict';
  // The `loader.*` texts of the catalogue (crates/browser/src/text), written in by the build.
  var TEXT = self.__LOADER_TEXTS__;

  /** The texts in the page's language (the app sets `<html lang>`). */
  function text() {
    return TEXT[(document.documentElement.lang || 'en').slice(0, 2).toLowerCase()] || TEXT.en;
  }

  /** The content of `<meta name=…>` that the build wrote into index.html (scripts/post-build.mjs). */
  function metaContent(name) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    return tag ? tag.getAttribute('content') : '';
  }

  /** An element with attributes and text. */
  function element(tag, props, content) {
    var node = document.createElement(tag);
    Object.keys(props).forEach(function (key) { node.setAttribute(key, props[key]); });
    if (content) node.textContent = content;
    return node;
  }

  function button(label, props, onClick) {
    var node = element('button', Object.assign({ type: 'button' }, props), label);
    node.addEventListener('click', onClick);
    return node;
  }

  // The styles of what this script and the tools module show (www/tools.css), and of the printed
  // page (www/print.css).
  document.head.appendChild(element('link', { rel: 'stylesheet', href: new URL(metaContent('eligibility-tools-css'), document.baseURI).href }));
  document.head.appendChild(element('link', { rel: 'stylesheet', media: 'print', href: new URL(metaContent('eligibility-print-css'), document.baseURI).href }));

  // The language the visitor chooses is kept for the next visit (www/boot.js reads the same key).
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('#lang-en, #lang-nl');
    if (!button) return;
    try { localStorage.setItem('eligibility-checker.lang', button.id.slice(5)); } catch (e) { /* blocked: not kept */ }
  });

  // --- lz-string, for share links -----------------------------------------------------------------

  var lz = null; // the Promise of window.LZString
  /**
   * lz-string (npm `lz-string`, a classic script that defines `window.LZString`), loaded the
   * first time the page makes or opens a share link (src/share.rs): the Promise of `LZString`.
   */
  window.eligibilityLz = function () {
    if (!lz) {
      lz = new Promise(function (resolve, reject) {
        var script = element('script', { src: new URL(metaContent('eligibility-lz'), document.baseURI).href, 'data-on-demand': '' });
        script.onload = function () { if (window.LZString) resolve(window.LZString); else reject(new Error('lz-string did not load')); };
        script.onerror = function () { reject(new Error('lz-string could not be loaded')); };
        document.head.appendChild(script);
      });
      lz.catch(function () { lz = null; });
    }
    return lz;
  };

  // --- The tools module -------------------------------------------------------------------------

  var tools = null; // the Promise of the loaded module
  var toolsLoaded = false;

  function loadTools() {
    if (!tools) {
      // Resolved against the page, so the page works under any path.
      var url = new URL(metaContent('eligibility-tools') || './eligibility-tools.js', document.baseURI).href;
      tools = import(url).then(function (module) {
        return module.default().then(function () { toolsLoaded = true; return module; });
      });
      tools.catch(function () { tools = null; });
    }
    return tools;
  }

  /** The tools' dialog, emptied, with `content` in it, opened (focus on its heading). */
  function toolsDialog(content) {
    var dialog = document.getElementById('tools');
    if (!dialog) return;
    var section = element('section', { class: 'tools', 'aria-labelledby': 'tools-title' });
    var head = element('div', { class: 'tools-head' });
    head.appendChild(element('h2', { id: 'tools-title', tabindex: '-1' }, content.title));
    head.appendChild(button(text().close, { id: 'tools-close', class: 'secondary' }, function () { dialog.close(); }));
    section.appendChild(head);
    section.appendChild(content.body);
    dialog.replaceChildren(section);
    if (!dialog.open) {
      var opener = document.activeElement;
      dialog.addEventListener('close', function () { if (opener && opener.focus) opener.focus(); }, { once: true });
      dialog.showModal();
    }
    document.getElementById('tools-title').focus();
  }

  function showLoading() {
    var body = element('p', { class: 'tools-status', role: 'status', id: 'tools-loading' });
    body.appendChild(element('progress', { 'aria-label': text().loading }));
    body.appendChild(document.createTextNode(' ' + text().wait));
    toolsDialog({ title: text().loading, body: body });
  }

  function showFailure(retry) {
    var body = element('div', { class: 'notice notice--warning', role: 'alert', id: 'tools-load-error' });
    body.appendChild(element('p', {}, text().tools));
    body.appendChild(button(text().retry, { id: 'tools-retry' }, retry));
    toolsDialog({ title: text().failed, body: body });
  }

  /**
   * The page's calls into the tools module (src/tools.rs): `"tool"` starts a tool (`first`: a
   * ToolRequest as JSON text; its dialog opens at once, and a failure to load is shown there,
   * with "Try again"); `"evaluate"` and `"shareLink"` answer the JS API (`first`, `second`: its
   * arguments), as a Promise that is rejected when the module cannot be loaded.
   */
  window.eligibilityTools = function (call, first, second) {
    var tool = call === 'tool';
    if (tool && !toolsLoaded) showLoading();
    return loadTools().then(function (module) {
      if (call === 'evaluate') return module.apiEvaluate(first, second);
      if (call === 'shareLink') return module.apiShareLink(first, second);
      return module.handle(first);
    }, function (error) {
      if (!tool) throw error;
      showFailure(function () { window.eligibilityTools(call, first, second); });
    });
  };

  // --- The service worker ------------------------------------------------------------------------

  var BUILD = metaContent('eligibility-build');
  if (!('serviceWorker' in navigator) || location.protocol === 'file:' || !BUILD) return;
  var workers = navigator.serviceWorker;
  var reloading = false;

  // The worker asks open pages which build they run before it deletes an old build's cache.
  workers.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type === 'build?' && event.ports[0]) event.ports[0].postMessage(BUILD);
  });
  workers.startMessages();

  /** Which build a worker serves; `null` when it does not say within two seconds. */
  function buildOf(worker) {
    return new Promise(function (resolve) {
      if (!worker) { resolve(null); return; }
      var channel = new MessageChannel();
      var timer = setTimeout(function () { resolve(null); }, 2000);
      channel.port1.onmessage = function (event) { clearTimeout(timer); resolve(event.data); };
      worker.postMessage({ type: 'build?' }, [channel.port2]);
    });
  }

  var notice = null;
  function showUpdate(registration) {
    if (notice) return;
    notice = element('div', { id: 'update-notice', class: 'notice update-notice', role: 'status' });
    notice.appendChild(element('p', {}, text().update));
    notice.appendChild(button(text().reload, { id: 'update-reload' }, function () {
      reloading = true;
      // The waiting worker takes over first (then `controllerchange` reloads), else reload now.
      if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
      else location.reload();
    }));
    document.body.appendChild(notice);
  }

  /** A worker of a new build is installed: take it now if this page is of its build, else offer it. */
  function consider(registration, worker) {
    buildOf(worker).then(function (id) {
      if (id === BUILD) worker.postMessage({ type: 'skip-waiting' });
      else if (id) showUpdate(registration);
    });
  }

  function watch(registration) {
    if (registration.waiting && workers.controller) consider(registration, registration.waiting);
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && workers.controller) consider(registration, worker);
      });
    });
    workers.addEventListener('controllerchange', function () {
      if (reloading) { location.reload(); return; }
      // Another page let a new build's worker take over: offer the new version here too.
      buildOf(workers.controller).then(function (id) { if (id && id !== BUILD) showUpdate(registration); });
    });
    // A page left open looks for a new build when it is shown again, at most once an hour.
    var checked = Date.now();
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible' && Date.now() - checked > 3600000) {
        checked = Date.now();
        registration.update().catch(function () { /* offline: try again later */ });
      }
    });
  }

  function register() {
    workers.register('sw.js').then(function (registration) {
      watch(registration);
      // Old builds' caches go once no page of theirs is open (the worker asks every page).
      if (workers.controller) workers.controller.postMessage({ type: 'tidy' });
    }).catch(function () { /* offline use is a bonus */ });
  }
  if (document.readyState === 'complete') register(); else window.addEventListener('load', register);
})();
