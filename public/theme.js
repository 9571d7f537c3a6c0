// Applies ?theme=light|dark before first paint. A tiny external classic script rather than an
// inline one, so that the page runs under script-src 'self'. Any other value is ignored.
(function () {
  try {
    var t = new URLSearchParams(location.search).get('theme');
    if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
  } catch (e) { /* a sandboxed or odd location: keep the system theme */ }
})();
