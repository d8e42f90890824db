// Runs before the app (a classic script, so before the deferred module that loads the wasm).
// 1. If the app cannot start (script or wasm blocked, missing or refused) or the wasm stops with
//    a trap later, show a short, friendly message instead of a blank or frozen page.
// 2. Registers the service worker that keeps the page working offline.
// 3. Defines window.eligibilityTools(kind, request): loads the tools module (batch checks,
//    records, share links; crates/tools) the first time a tool is used and hands it the request.
(function () {
  'use strict';
  var TEXT = {
    en: {
      load: 'The checker could not start. Check your connection and reload the page. It needs a current browser with JavaScript and WebAssembly.',
      trap: 'Something went wrong in the checker. Please reload the page to start again.',
      reload: 'Reload',
      tools: 'This tool could not be loaded. Check your connection and try again.',
    },
    nl: {
      load: 'De controle kon niet starten. Controleer uw verbinding en laad de pagina opnieuw. U hebt een recente browser met JavaScript en WebAssembly nodig.',
      trap: 'Er ging iets mis in de controle. Laad de pagina opnieuw om opnieuw te beginnen.',
      reload: 'Opnieuw laden',
      tools: 'Dit hulpmiddel kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
    },
  };

  function ready() {
    var app = document.getElementById('app');
    return !!(app && app.getAttribute('data-ready'));
  }

  function isTrap(error) {
    return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
  }

  var shown = false;
  function show(kind) {
    if (shown) return;
    shown = true;
    var lang = (document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
    var text = TEXT[lang] || TEXT.en;
    var box = document.createElement('div');
    box.id = 'fatal';
    box.className = 'fatal';
    box.setAttribute('role', 'alert');
    var p = document.createElement('p');
    p.textContent = text[kind];
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = text.reload;
    button.addEventListener('click', function () { location.reload(); });
    box.appendChild(p);
    box.appendChild(button);
    var attach = function () {
      document.body.insertBefore(box, document.body.firstChild);
      if (kind === 'trap') document.getElementById('app').setAttribute('inert', '');
    };
    if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);
  }

  // Capture phase: a script or preload that fails to load does not bubble, but is seen here.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) {
      if (!ready() && target.tagName === 'SCRIPT') show('load');
      return;
    }
    if (isTrap(event.error)) show('trap');
    else if (!ready()) show('load');
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    if (isTrap(event.reason)) show('trap');
    else if (!ready()) show('load');
  });

  var tools = null;
  window.eligibilityTools = function (kind, request) {
    if (!tools) {
      tools = import('./eligibility-tools.js').then(function (module) {
        return module.default().then(function () { return module; });
      });
      tools.catch(function () { tools = null; });
    }
    return tools.then(function (module) {
      if (kind === 'api-evaluate') return module.apiEvaluate(request);
      if (kind === 'api-share-link') return module.apiShareLink(request);
      return module.handle(kind, request);
    }, function (error) {
      if (kind.slice(0, 4) !== 'api-') {
        var root = document.getElementById('tools');
        var lang = (document.documentElement.lang || 'en').slice(0, 2);
        if (root) root.textContent = TEXT[lang === 'nl' ? 'nl' : 'en'].tools;
      }
      throw error;
    });
  };

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('sw.js').catch(function () { /* offline use is a bonus */ });
    });
  }
})();
