// Runs before first paint, as a tiny external classic script (not inline, so the page runs under
// script-src 'self'):
// 0. marks <html class="js"> so that controls which need JavaScript show only when it runs;
// 1. applies ?theme=light|dark to <html>; any other value is ignored (src/embed/options.ts warns);
// 2. with ?data=, hides the prerendered story (another one) until the app has replaced it;
// 3. starts fetching the dataset the app will load (?data=, else ./timeline.json) while the app's
//    module downloads. The app's fetch (src/app/loadDataset.ts, same credentials mode) reuses it.
//    Only http(s) or relative addresses are preloaded; the app validates the address again.
(function () {
  // Controls that need the app (zoom buttons, filters, dialogs) are hidden until it can run them.
  document.documentElement.classList.add('js');
  try {
    var params = new URLSearchParams(location.search);
    var t = params.get('theme');
    if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
    var data = params.get('data');
    // The dataset sits beside this script, also for pages in subfolders (event/<id>.html).
    var href = new URL('timeline.json', document.currentScript && document.currentScript.src || location.href).href;
    if (data !== null) {
      // The page's prerendered story is not the one asked for: hidden until the app replaces it
      // (src/main.tsx removes the class), so the reader never sees the wrong story first.
      document.documentElement.classList.add('other-data');
      var url = new URL(data, location.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      href = url.href;
    }
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  } catch (e) { /* a sandboxed or odd location: the app fetches on its own */ }
})();
