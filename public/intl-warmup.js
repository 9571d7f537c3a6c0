// A worker that public/boot.js starts as a page loads. A page's first use of Intl loads ICU's data
// (locales, time zones, plural rules, list patterns): about 100 ms of the main thread at 4× CPU slowdown, in the
// app's first render. ICU keeps that data for the whole renderer process, so used once here, on
// another core, while the page still downloads, it is ready when the app formats its first dates.
// The languages come in the script's address (?lang=…, public/boot.js), not in a message: the work
// starts as the script runs, where a message was seen to arrive hundreds of ms after it (4× slowdown).
(function () {
  var locales = new URLSearchParams(self.location.search).getAll('lang').concat('en').filter(function (l) { return l; });
  for (var i = 0; i < locales.length; i++) {
    try {
      var l = locales[i];
      new Intl.DateTimeFormat(l, { timeZone: 'Europe/London', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(0);
      new Intl.NumberFormat(l, { notation: 'compact' }).format(1234);
      new Intl.PluralRules(l).select(1);
      // The header's list of publishers ("AFP and CGTN"): 10–30 ms of the first render at 4× when cold.
      new Intl.ListFormat(l, { type: 'conjunction' }).format(['a', 'b']);
      new Intl.Locale(l).maximize();
    } catch (x) {
      // Not a language tag Intl knows: nothing to prepare for it.
    }
  }
  self.close();
})();
