// Runs before first paint, as a tiny external classic script (not inline, so the page runs under
// script-src 'self'):
// 0. marks <html class="js"> so that controls which need JavaScript show only when it runs;
// 1. applies ?theme=light|dark and ?layout=vertical|horizontal to <html>; any other value is
//    ignored (src/embed/options.ts warns);
// 2. with ?data= on a prerendered page (index.html, embed.html, an event's page), goes to the page
//    for it instead, app.html (SHELL_PAGE in src/app/pageOptions.ts), with the same options: that
//    page has no story of its own, where this one would have the reader's browser parse the
//    built-in story only to hide it. app.html (<html data-shell>, scripts/prerender.ts) shows its
//    loading screen (src/ui/Skeleton.tsx, LOADING_ID) until the app replaces it;
// 3. starts the app (built pages: vite.config.ts turns its module script into an inert
//    <script type="text/plain" data-app-entry>) once the prerendered page has painted, so the
//    story shows before the app's script is fetched and run; app.html, which has no story, starts
//    it as soon as it is parsed. A hidden page paints nothing: a timer starts it after a second
//    (three for a page in view that never says it painted).
//    Vite's dev server runs the module itself;
// 4. starts fetching the dataset the app will load (?data=, else ./timeline.json) with the app's
//    module. The app's fetch (src/app/loadDataset.ts, same credentials mode) reuses it. Only
//    http(s) or relative addresses are preloaded; the app validates the address again;
// 5. keeps a tap made before the app runs and replays it once the app does (the app's
//    "timeline-running" event, src/App.tsx), on the same element: hydration keeps the prerendered
//    elements. A link's tap is not kept: the browser follows it, and the app reads the address (a
//    row's link shows its event in the row meanwhile, as prerendered: data-opening, which the
//    row a page opens on (step 8) has from the start).
//    Only taps on the prerendered markup are kept: a page the app renders afresh (src/main.tsx
//    drops #root's data-prerendered) answers taps on what it drew itself.
//    A list changed (<select>) is announced to the app as changed.
// 6. as it starts the app, starts a worker that uses Intl once (public/intl-warmup.js, the
//    languages to prepare in its address), so that ICU's data, which the app's first render would
//    otherwise load on the main thread, is loaded on another core while the app's script arrives.
//    app.html names this script before its stylesheet, so that the dataset's download and the
//    worker start while the stylesheet still downloads; the app itself starts once the page is
//    styled (it measures the page as it first renders);
// 7. if the app's script cannot be loaded (offline, blocked, gone), takes back what assumed it:
//    the controls that need it hide again, and app.html's loading screen says the timeline
//    could not be loaded (its words prerendered in the page's language, data-failed in
//    src/ui/Skeleton.tsx), rather than loading for ever. The prerendered story stays readable;
// 8. a link to an event ("#event=<id>"), and an event's page (event/<id>.html, <html
//    data-page-event>), open, where the rows of the phone's layout are what shows, on that event's
//    row from the first paint rather than at the page's top for the second the app takes to load
//    (the browser's own jump goes to the chart's list entry, hidden there): the first paint waits
//    for that row as the page's head has it wait for the first screen's (an event's page has its
//    own wait for its row, scripts/prerender.ts). The app then opens the row where it is. Not once
//    the reader has moved the page. The row shows its event meanwhile (data-opening, step 5); an
//    event's page shows it there, not in the panel the app would take away (src/styles/app.css).
(function () {
  var root = document.documentElement;
  // Controls that need the app (zoom buttons, filters, dialogs) are hidden until it can run them.
  root.classList.add('js');
  var dataset = null;
  // This script's address: the site's folder, also for pages in subfolders (event/<id>.html).
  var here = document.currentScript && document.currentScript.src || location.href;
  try {
    var params = new URLSearchParams(location.search);
    var t = params.get('theme');
    if (t === 'light' || t === 'dark') root.setAttribute('data-theme', t);
    // The layout the page asks for (src/styles/app.css), so the first paint is the one the app keeps.
    var l = params.get('layout');
    if (l === 'vertical' || l === 'horizontal') root.setAttribute('data-page-layout', l);
    var data = params.get('data');
    // A blank address is refused by the app, which then shows the built-in story.
    if (data !== null && !data.trim()) data = null;
    // The dataset sits beside this script, also for pages in subfolders (event/<id>.html).
    dataset = new URL('timeline.json', here).href;
    if (data !== null) {
      var url = new URL(data, location.href);
      dataset = url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
      // Built pages only (they name the app's module): the dev server has no app.html.
      if (dataset && !root.hasAttribute('data-shell') && document.querySelector('script[data-app-entry]')) {
        var shell = new URL('app.html', here);
        shell.search = location.search;
        // Its address as this page resolved it (an event's page is a folder down), and the mode.
        shell.searchParams.set('data', dataset);
        if (root.hasAttribute('data-embed')) shell.searchParams.set('embed', '1');
        shell.hash = location.hash;
        // This page's story is not shown meanwhile (src/styles/app.css).
        root.classList.add('other-data');
        location.replace(shell.href);
        return;
      }
    }
    if (root.hasAttribute('data-shell')) {
      // Its loading screen shows until the app replaces it (src/main.tsx removes the class).
      root.classList.add('other-data');
    }
  } catch (e) { /* a sandboxed or odd location: the app fetches on its own */ }

  try {
    var linked = /^#event=([^&]+)/.exec(location.hash);
    // An event's page opens on its own event, unless its address names another.
    var eventId = linked ? decodeURIComponent(linked[1]) : root.getAttribute('data-page-event');
    if (eventId && !root.classList.contains('other-data') && typeof MutationObserver === 'function') {
      var rowId = 'v-event=' + eventId;
      // The page's head holds a phone's first paint until its first screen's rows are parsed
      // (scripts/prerender.ts): held as long, in the same widths, until the linked row is, so the
      // first paint is already at the row, not the page's top with a jump a frame later.
      // (An event's page waits for its own row already.)
      var hold = linked && document.querySelector('link[rel="expect"][blocking="render"]');
      if (hold) {
        var linkedHold = hold.cloneNode(false);
        linkedHold.setAttribute('href', '#' + rowId);
        document.head.appendChild(linkedHold);
      }
      var moved = false;
      var inputs = ['wheel', 'touchstart', 'keydown', 'mousedown'];
      var onInput = function () { moved = true; };
      inputs.forEach(function (type) { addEventListener(type, onInput, { capture: true, passive: true }); });
      // A row has boxes only in the layout that shows (app.css). Its top goes 8 px under the sticky
      // bar, where the app shows an opened row (reveal() in src/vertical/VerticalTimeline.tsx).
      var place = function () {
        var row = document.getElementById(rowId);
        if (!row) return;
        // Its event shows in it meanwhile, as prerendered (data-opening, step 5), unless the reader
        // has tapped another row since.
        if (!document.querySelector('.vt-row[data-opening]')) row.setAttribute('data-opening', '');
        if (moved || !row.getClientRects().length) return;
        var list = row.closest('.vtimeline');
        var bar = list && list.querySelector('.sticky');
        window.scrollBy(0, row.getBoundingClientRect().top - (bar ? bar.offsetHeight : 0) - 8);
      };
      // From the moment the row is parsed (its top is where it will stay: what is above it is
      // parsed), until it is whole (the one after it begun), then again once the page is, when there
      // is enough page below it to bring it to the top. The first paint, held until the row is
      // whole, is already there.
      var watch = new MutationObserver(function () {
        var row = document.getElementById(rowId);
        if (!row) return;
        if (row.nextElementSibling) watch.disconnect();
        place();
      });
      watch.observe(root, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', function () {
        watch.disconnect();
        place();
        inputs.forEach(function (type) { removeEventListener(type, onInput, { capture: true }); });
      });
    }
  } catch (e) { /* a malformed address: the app reports it */ }

  var preload = function () {
    if (!dataset) return;
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = dataset;
    document.head.appendChild(link);
  };

  var running = function () { return root.getAttribute('data-app') === 'running'; };
  var kept = null;
  var keep = function (e) {
    if (running()) return;
    var target = e.target instanceof Element ? e.target : null;
    kept = target && target.closest('#root[data-prerendered]') && !target.closest('a[href]') ? target : null;
  };
  document.addEventListener('click', keep, true);
  // A row's link tapped before the app runs: the browser follows it (#event=<id>) and the app opens
  // the event when it runs; meanwhile the row shows its event as prerendered (its summary and
  // quotes, src/styles/app.css), rather than nothing for the second the app takes.
  var opening = function (e) {
    if (running() || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var link = e.target instanceof Element ? e.target.closest('#root[data-prerendered] .vt-row a[data-event-id]') : null;
    if (!link) return;
    unmark();
    link.closest('.vt-row').setAttribute('data-opening', '');
  };
  var unmark = function () {
    var open = document.querySelectorAll('.vt-row[data-opening]');
    for (var i = 0; i < open.length; i++) open[i].removeAttribute('data-opening');
  };
  document.addEventListener('click', opening, true);
  // A list (the scale, the lanes) changed before the app runs: the app is told once it runs.
  var changed = [];
  var keepChange = function (e) {
    var target = e.target;
    if (!running() && target instanceof HTMLSelectElement && target.closest('#root[data-prerendered]') && changed.indexOf(target) < 0) changed.push(target);
  };
  document.addEventListener('change', keepChange, true);
  // Dispatched by the app (src/App.tsx, APP_RUNNING_EVENT) as it starts, before it redraws anything.
  document.addEventListener('timeline-running', function () {
    document.removeEventListener('click', keep, true);
    document.removeEventListener('click', opening, true);
    unmark();
    document.removeEventListener('change', keepChange, true);
    changed.forEach(function (select) {
      if (select.isConnected) select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    var target = kept;
    kept = null;
    if (target && target.isConnected && changed.indexOf(target) < 0) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  }, { once: true });

  var failed = function () {
    root.classList.remove('js');
    var screen = document.getElementById('page-loading');
    if (!screen || !root.classList.contains('other-data')) return;
    var words = screen.querySelectorAll('[data-failed]');
    for (var i = 0; i < words.length; i++) words[i].textContent = words[i].getAttribute('data-failed');
    var busy = screen.querySelector('[aria-busy]');
    if (busy) busy.setAttribute('aria-busy', 'false');
    screen.setAttribute('data-load-failed', '');
  };

  // The built page names the app's module just before this script; Vite's dev server runs it itself.
  var entry = document.querySelector('script[data-app-entry]');
  var started = false;
  // The worker that prepares Intl starts with the app: at once on a ?data= page, once the story has
  // painted on a prerendered one (a worker starting meanwhile slowed its parsing). Where the page's
  // language is known (its <html lang>, the reader's), it prepares that language too.
  var warmed = false;
  var warmIntl = function () {
    if (warmed) return;
    warmed = true;
    try {
      if (typeof Worker !== 'function') return;
      var worker = new URL('intl-warmup.js', here);
      [root.lang, navigator.language].forEach(function (l) { if (l) worker.searchParams.append('lang', l); });
      new Worker(worker.href, { name: 'intl-warmup' });
    } catch (e) { /* no worker (an old browser, a CSP without it): the app loads ICU's data itself */ }
  };
  // Stylesheets linked after this script (app.html names it before its stylesheet, so that the
  // dataset's download and the worker start while the stylesheet downloads: scripts/prerender.ts).
  // The parser runs this script without waiting for them, and the app measures the page as it first
  // renders: it starts once each has loaded or failed, which is heard here as it happens (their
  // events come after this script has run). A stylesheet before this script has already been
  // waited for by the parser.
  var bootScript = document.currentScript;
  var settled = [];
  var onSheet = function (e) { if (e.target instanceof HTMLLinkElement) settled.push(e.target); };
  document.addEventListener('load', onSheet, true);
  document.addEventListener('error', onSheet, true);
  var unstyled = function () {
    if (!bootScript) return null;
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (bootScript.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING && !link.sheet && settled.indexOf(link) < 0) return link;
    }
    return null;
  };
  var start = function () {
    if (started || !entry) return;
    warmIntl();
    // The app renders into the page: run once the page is parsed, as a module script in it would.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
      return;
    }
    // ...and styled (a stylesheet that failed is not waited for).
    var sheet = unstyled();
    if (sheet) {
      sheet.addEventListener('load', start);
      sheet.addEventListener('error', start);
      return;
    }
    document.removeEventListener('load', onSheet, true);
    document.removeEventListener('error', onSheet, true);
    started = true;
    preload();
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = entry.src;
    script.addEventListener('error', failed);
    document.head.appendChild(script);
  };
  if (root.classList.contains('other-data') || !entry) {
    // Nothing to paint first: the dataset and the module download while the page is parsed.
    // (app.html's module is already downloading: its own <link rel="modulepreload">.)
    preload();
    dataset = null;
    start();
  } else {
    // Once the story has painted: its largest contentful paint as the browser first reports it
    // (the page's head holds the first paint until the first screen is parsed, scripts/prerender.ts,
    // so that is the first paint), else its first contentful paint, or where it reports neither,
    // after the next frame. Not at the first paint where the largest is known: the app's script
    // then started downloading before the largest paint was reported, and Lighthouse counted that
    // download into the page's Largest Contentful Paint (~300 ms on its slow 4G, one run in two).
    var types = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes || [];
    var painted = types.indexOf('largest-contentful-paint') >= 0 ? 'largest-contentful-paint' : types.indexOf('paint') >= 0 ? 'paint' : null;
    if (painted) {
      new PerformanceObserver(function (list, obs) {
        if (painted === 'paint' && !list.getEntriesByName('first-contentful-paint').length) return;
        obs.disconnect();
        setTimeout(start, 0);
      }).observe({ type: painted, buffered: true });
    } else if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(function () { setTimeout(start, 0); });
    }
    // A hidden page paints nothing: it starts after a second. A page in view always paints, but
    // may be held: headless Chromium's compositor was seen to grant a loading page its first frame
    // only after a second or two (Lighthouse issue 17148); the app then started unpainted, and its
    // script's download and run counted into the page's paints as Lighthouse simulates them. A
    // shown page's timer is a last resort, for a browser that says nothing of its paints.
    setTimeout(start, document.visibilityState === 'hidden' ? 1000 : 3000);
  }
})();
