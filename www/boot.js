// Loaded without blocking the parser (`defer`), so it runs once the document is parsed and before
// the module that starts the wasm (deferred scripts run in document order, and Trunk's loader comes
// after it); the language was chosen before the first paint by www/lang.js, inline in index.html.
// 1. If the app cannot start (script or wasm blocked, missing or refused) or the wasm stops with
//    a trap later, show a short, friendly message instead of a blank or frozen page (its texts
//    are in index.html).
// 2. Once the app has rendered (`#app[data-ready]`), loads www/extras.js: what the page needs
//    after it accepts input (lz-string and the tools module on demand, the service worker and its
//    updates), so the first load carries none of it. Calls made before it has loaded
//    (window.eligibilityTools, window.eligibilityLz) wait for it.
(function () {
  'use strict';
  function ready() {
    var app = document.getElementById('app');
    return !!(app && app.getAttribute('data-ready'));
  }

  function isTrap(error) {
    return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
  }

  var shown = false;
  /**
   * Shows the message `kind` (`load`, `trap`) in the page's language, from the texts in
   * index.html's `<template id="fatal-texts">`, with a Reload button.
   */
  function show(kind) {
    if (shown) return;
    shown = true;
    var attach = function () {
      var texts = document.getElementById('fatal-texts').content;
      var lang = (document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
      if (!texts.querySelector('[lang="' + lang + '"]')) lang = 'en';
      var box = document.createElement('div');
      box.id = 'fatal';
      box.className = 'fatal';
      box.setAttribute('role', 'alert');
      box.appendChild(texts.querySelector('p[data-kind="' + kind + '"][lang="' + lang + '"]').cloneNode(true));
      var button = box.appendChild(texts.querySelector('button[lang="' + lang + '"]').cloneNode(true));
      button.addEventListener('click', function () { location.reload(); });
      document.body.insertBefore(box, document.body.firstChild);
      if (kind === 'trap') document.getElementById('app').setAttribute('inert', '');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attach); else attach();
  }

  // Capture phase: a script or preload that fails to load does not bubble, but is seen here.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) {
      // Scripts loaded on demand (extras.js, lz-string) say so themselves.
      if (!ready() && target.tagName === 'SCRIPT' && !target.hasAttribute('data-on-demand')) show('load');
      return;
    }
    if (isTrap(event.error)) show('trap');
    else if (!ready()) show('load');
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    if (isTrap(event.reason)) show('trap');
    else if (!ready()) show('load');
  });

  // --- After the first render: www/extras.js ----------------------------------------------------

  var extras = null;
  function loadExtras() {
    if (!extras) {
      extras = new Promise(function (resolve, reject) {
        var meta = document.querySelector('meta[name="eligibility-extras"]');
        var script = document.createElement('script');
        script.src = new URL(meta ? meta.getAttribute('content') : './extras.js', document.baseURI).href;
        script.setAttribute('data-on-demand', '');
        script.onload = resolve;
        script.onerror = function () { extras = null; reject(new Error('extras.js could not be loaded')); };
        document.head.appendChild(script);
      });
    }
    return extras;
  }

  // Until extras.js replaces them: wait for it, then call its version.
  ['eligibilityTools', 'eligibilityLz'].forEach(function (name) {
    var waiting = function () {
      var args = arguments;
      return loadExtras().then(function () {
        if (window[name] === waiting) throw new Error('extras.js did not define ' + name);
        return window[name].apply(window, args);
      });
    };
    window[name] = waiting;
  });

  document.addEventListener('DOMContentLoaded', function () {
    var app = document.getElementById('app');
    if (!app) return;
    var start = function () { loadExtras().catch(function () { /* tried again on first use */ }); };
    if (ready()) { start(); return; }
    var observer = new MutationObserver(function () {
      if (ready()) { observer.disconnect(); start(); }
    });
    observer.observe(app, { attributes: true, attributeFilter: ['data-ready'] });
  });
})();
