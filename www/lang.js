// Inline in index.html's <head> (the build writes it in; its SHA-256 is in the policy): the only
// script before the first paint, and a short one that loads nothing and waits for nothing.
// The page's language, chosen before the first paint so the first screen shows in it (the app
// reads it from `<html lang>`): `?lang=nl` or `?lang=en` in the link, else the visitor's earlier
// choice on this browser (kept by www/extras.js under the same key; storage may be blocked), else
// the browser's language.
(function () {
  'use strict';
  var asked = /[?&]lang=(en|nl)(&|$)/.exec(location.search);
  var kept = null;
  try { kept = localStorage.getItem('eligibility-checker.lang'); } catch (e) { /* blocked */ }
  document.documentElement.lang = asked ? asked[1]
    : kept === 'en' || kept === 'nl' ? kept : /^nl/i.test(navigator.language || '') ? 'nl' : 'en';
})();
