/**
 * The whole reader: owns the selection and filters (in the URL hash) and composes the timeline,
 * the list of events, the event panel, "Who said what" and the source reader. Each panel sits in
 * its own error boundary, so one failure never blanks the page.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Quote, Timeline } from './dataset/model';
import { TimelineChart } from './timeline/TimelineChart';
import { EmptyTimeline } from './timeline/EmptyTimeline';
import { EventList, listItemId } from './list/EventList';
import { EventPanel } from './quotes/EventPanel';
import { WhoSaidWhat } from './quotes/WhoSaidWhat';
import { FiltersBar } from './app/FiltersBar';
import { applyFilters, isFiltered } from './app/filter';
import { noMatchSentence } from './app/filterWords';
import { dataDownloads, imageDownloads } from './app/downloadItems';
import { LinkNotice } from './app/LinkNotice';
import { datasetDirection, datasetLocale, textDirection } from './app/locale';
import { useReaderState } from './app/useReaderState';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Header } from './app/Header';
import { FOOTER_ID, Footer } from './app/Footer';
import { Later } from './app/Later';
import { formatEventDate } from './format/dates';
import { viewSpan, type PageOptions } from './app/pageOptions';
import { VERTICAL_LIST_ID, VerticalTimeline } from './vertical/VerticalTimeline';
import { LAYOUT_CLASS, useVerticalLayout } from './app/useLayout';
import { pageTitle } from './app/pageTitle';
import { usePainted } from './app/usePainted';
import { StoryText } from './print/StoryText';
import { interfaceLanguage, pageLanguage } from './i18n/languages';
import { translator } from './i18n/i18n';
import { TranslateContext } from './i18n/useT';
import { StoryLangContext } from './i18n/StoryLang';

/** Props of App. */
export interface AppProps {
  timeline: Timeline;
  options: PageOptions;
  /**
   * The layout the first render draws, true for vertical (main.tsx: the one in view, `layoutFor`);
   * unset on the server, which draws both for CSS to pick from.
   */
  firstLayout?: boolean;
  /**
   * Rendered afresh rather than hydrating prerendered markup (main.tsx: a `?data=` dataset): the
   * first render draws the header, filters, timeline and any selected event; the list of events,
   * "Who said what" and the footer follow once that has painted (usePainted).
   */
  fresh?: boolean;
}

type PanelView = 'event' | 'quotes' | null;

// The page: a side panel on wide screens, a bottom sheet on phones. An embed's height follows its
// content (pym/AMP), so there the panel sits in the flow under or beside the timeline, opens only
// when asked for, and never sizes itself from the viewport (the frame), which would feed back.
// The sheet's max-h is also in src/app/pageReveal.ts (sheetHeight): keep them in step. A swipe at
// the sheet's end stays in it (overscroll-contain), rather than scrolling the page behind.
const PAGE_PANEL =
  'panel page-panel max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:max-h-[min(55dvh,32rem)] max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-t-2xl max-lg:border-t max-lg:border-line max-lg:bg-surface max-lg:p-4 max-lg:shadow-[0_-8px_24px_rgb(0_0_0/0.18)] max-lg:data-[open=false]:hidden lg:sticky lg:top-3 lg:max-h-[calc(100dvh-1.5rem)] lg:self-start lg:overflow-y-auto lg:rounded-lg lg:border lg:border-line lg:bg-surface lg:p-5';
const EMBED_PANEL =
  'panel mt-3 rounded-lg border border-line bg-surface p-4 data-[open=false]:hidden lg:mt-3 lg:max-h-[30rem] lg:self-start lg:overflow-y-auto';

// The article reader is loaded when first opened: most readers never open it, and the page's
// first load stays within its weight budget (README, "Performance").
const SourceReader = lazy(() => import('./quotes/SourceReader').then((m) => ({ default: m.SourceReader })));

/** The vertical timeline's detail where the panel holds the selected event instead. */
const noDetail = () => null;

/** The element id of the panel beside the timeline (a sheet on phones): the event's, or "Who said what". */
const PANEL_ID = 'side-panel';

/** Dispatched on `document` once the app runs (public/boot.js listens for it). */
export const APP_RUNNING_EVENT = 'timeline-running';

/** The app for one dataset. */
export function App({ timeline, options, firstLayout, fresh = false }: AppProps) {
  const locale = datasetLocale(timeline.language);
  // The interface's words: the page's lang=, else the dataset's language (main.tsx and the
  // prerender load its catalog first; English until then).
  const language = interfaceLanguage(options.lang, timeline.language);
  const t = useMemo(() => translator(language), [language]);
  const { state, origin, focusRequest, unknown, select, setFilters, setScale, setLanes, returnFocus } = useReaderState(timeline, options.embed, options.event, options.pageEvent ?? null);
  // The reader's choice (hash), else the page's (`?scale=`), else the dataset's, else chronological.
  const scale = state.scale ?? options.scale ?? timeline.scale ?? 'time';
  const [fitRequest, setFitRequest] = useState<{ ids: ReadonlySet<string> | null; seq: number } | null>(null);
  const fitSeq = useRef(0);
  const filtersRef = useRef<HTMLDivElement>(null);
  const [whoFocus, setWhoFocus] = useState(0);
  // An event page opens with its event's panel, prerendered so.
  const [view, setView] = useState<PanelView>(() => (state.eventId ? 'event' : null));
  const [readerQuote, setReaderQuote] = useState<Quote | null>(null);
  const readerOpener = useRef<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const opened = useRef(false);
  // What can wait for the first paint (see `fresh`) is drawn from here on.
  const whole = usePainted(fresh);

  const filtered = useMemo(() => applyFilters(timeline, state), [timeline, state]);
  const selected = state.eventId ? timeline.eventById.get(state.eventId) ?? null : null;
  const filtering = isFiltered(state);

  // A new selection opens the event panel and is announced (headline and date only). The one the
  // page opened with (an event page's) is already open: a tap made while the app loaded (public/
  // boot.js replays it as the app starts) may have opened another panel since.
  const shownSelection = useRef(selected);
  useEffect(() => {
    if (shownSelection.current === selected) return;
    shownSelection.current = selected;
    if (!selected) {
      setView((v) => (v === 'event' ? null : v));
      return;
    }
    setView('event');
    setAnnouncement(`${selected.title}, ${formatEventDate(selected, locale)}`);
  }, [selected, locale]);

  // Phones (up to 640 px) read the vertical timeline, where an event opens in place and which
  // scrolls to it itself; wider, the chart (with a bottom sheet below the two-column width).
  const vertical = useVerticalLayout(options.layout, fresh ? firstLayout ?? null : null);
  // Which layouts are drawn: the one known to be in view, else (the server) both.
  const drawn = vertical ?? firstLayout ?? null;
  // Downloads: the data, and a picture of the chart where the chart is drawn.
  const downloads = useMemo(
    () => [...dataDownloads(timeline, filtered.ids, t), ...(vertical === false ? imageDownloads(timeline, t) : [])],
    [timeline, filtered.ids, vertical, t],
  );

  // The page speaks the story's language (a ?data= dataset's too) where its interface does:
  // screen readers pick their voice and hyphenation its dictionary from <html lang>. Where the
  // interface speaks another (lang=, or a story in a language it is not translated into), the page
  // is in the interface's and the story's text says its own (src/i18n/StoryLang.tsx).
  // An Arabic or Hebrew story runs right to left; the dataset's `direction` overrides its
  // language's. An interface asked for in another language (lang=) sets the direction: the
  // dataset's text is isolated (bdi, dir=auto) and keeps its own.
  const dir = options.lang ? textDirection(language) : datasetDirection(timeline);
  const pageLang = pageLanguage(locale, language);
  const storyLang = pageLang === locale ? undefined : locale;
  // Before the page paints: a right-to-left interface is never drawn left to right first. Written
  // only when they differ from what the page has: even the same value restyles the whole page,
  // which the next read of a layout property (before the chart's first render) then waits for.
  useLayoutEffect(() => {
    const html = document.documentElement;
    if (html.lang !== pageLang) html.lang = pageLang;
    if (html.dir !== dir) html.dir = dir;
  }, [pageLang, dir]);

  // Tells a host page (and the browser tests) that the app is running: its handlers answer input
  // from here on, also on a prerendered page that it hydrated. In a layout effect, with an event
  // dispatched at once: public/boot.js replays a tap made before now on the element it landed on,
  // which the first re-render (the chart at its real width) may replace.
  // A page rendered afresh says so once all of it is drawn.
  useLayoutEffect(() => {
    if (!whole) return;
    document.documentElement.dataset.app = 'running';
    document.dispatchEvent(new Event(APP_RUNNING_EVENT));
  }, [whole]);

  // The window's title names the selected event, so tabs, bookmarks and history say what is open.
  useEffect(() => {
    document.title = pageTitle(timeline.title, selected?.title);
  }, [selected, timeline.title]);

  // A filter brings its matches into view: when chosen here, and when a link arrives with one
  // (unless it also selects an event, which then has the timeline's attention).
  const fit = useCallback((ids: ReadonlySet<string> | null) => {
    if (ids && ids.size > 0) setFitRequest({ ids, seq: ++fitSeq.current });
  }, []);
  // Filters cleared (the button, or the last chip chosen off): the story as it opened, rather than
  // the matches' days with most events out of view, as if still filtered out.
  const showOpening = useCallback(() => setFitRequest({ ids: null, seq: ++fitSeq.current }), []);
  const linked = origin === 'link';
  useEffect(() => {
    if (linked && !state.eventId) fit(filtered.ids);
    // Only when the link has been read, not on every later filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linked]);
  const changeFilters = useCallback((people: string[], topics: string[]) => {
    setFilters(people, topics);
    const { ids } = applyFilters(timeline, { people, topics });
    if (ids) fit(ids);
    else showOpening();
  }, [setFilters, fit, showOpening, timeline]);
  const clearFilters = useCallback(() => {
    setFilters([], []);
    showOpening();
    // The button that was pressed disappears with the filters: focus goes to the filter group.
    requestAnimationFrame(() => filtersRef.current?.focus());
  }, [setFilters, showOpening]);

  // "Who said what" from the header: focus moves to its heading, so the press visibly does
  // something even when the panel was already showing, and so that on phones focus is in the sheet.
  useEffect(() => {
    if (!whoFocus) return;
    requestAnimationFrame(() => document.getElementById('who-title')?.focus());
  }, [whoFocus]);
  const openWho = useCallback(() => { opened.current = true; setView('quotes'); setWhoFocus((n) => n + 1); }, []);
  const closeWho = useCallback(() => {
    setView(null);
    requestAnimationFrame(() => document.getElementById('who-said-what')?.focus());
  }, []);

  // An event chosen in the list under the chart opens where the reader is (the sheet, the side
  // panel), without taking them up to the chart, and closing it gives focus back to its entry there:
  // on a phone in landscape the page jumped 3,400 px up, and stayed there once the panel closed.
  const listOpener = useRef<string | null>(null);
  const onSelect = useCallback((id: string) => { opened.current = true; listOpener.current = null; select(id); }, [select]);
  const onSelectInList = useCallback((id: string) => { opened.current = true; listOpener.current = id; select(id, true, false); }, [select]);
  // Its event's panel takes focus again, its heading in view: the article reader, closing, took
  // focus with it, also when the event was the one already open.
  const [headingRequest, setHeadingRequest] = useState(0);
  const goToEvent = useCallback((id: string) => {
    opened.current = true;
    readerOpener.current = null;
    setReaderQuote(null);
    setHeadingRequest((n) => n + 1);
    select(id, true);
  }, [select]);
  const openReader = useCallback((quote: Quote) => {
    readerOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setReaderQuote(quote);
  }, []);
  const closeReader = useCallback(() => {
    setReaderQuote(null);
    // The dialog unmounts on close, so focus is put back on the button that opened it.
    const opener = readerOpener.current;
    requestAnimationFrame(() => opener?.focus());
  }, []);
  // Back closes the article reader, as it closes a full-screen view on a phone: opening it adds a
  // history entry at the same address, which closing it by its button or Escape takes back. Not in
  // an embed, whose history is the host page's.
  const readerShown = readerQuote !== null;
  useEffect(() => {
    if (!readerShown || options.embed) return;
    const mark = { reader: true };
    try {
      history.pushState(mark, '');
    } catch {
      return;
    }
    const onPop = () => closeReader();
    addEventListener('popstate', onPop);
    return () => {
      removeEventListener('popstate', onPop);
      // Closed here rather than by Back: its entry goes too, unless another was pushed over it ("Show its event").
      if ((history.state as { reader?: boolean } | null)?.reader) history.back();
    };
  }, [readerShown, options.embed, closeReader]);

  const closePanel = useCallback(() => {
    const id = state.eventId;
    setView(null);
    select(null);
    // Focus returns to the mark the reader came from (or the cluster that holds it): the timeline's
    // to find; or to the list entry the event was opened from.
    const entry = id && listOpener.current === id ? document.querySelector<HTMLElement>(`#${CSS.escape(listItemId(id))} a`) : null;
    listOpener.current = null;
    if (entry) requestAnimationFrame(() => entry.focus());
    else if (id) returnFocus(id);
  }, [select, returnFocus, state.eventId]);

  // A layout effect, so that Escape closes the panel from the moment it shows (plain effects run a frame later).
  useLayoutEffect(() => {
    if (!view) return;
    const onKey = (e: KeyboardEvent) => {
      // "Who said what" gives focus back to its button, an event to its mark or row.
      if (e.key === 'Escape' && !readerQuote) (view === 'quotes' ? closeWho : closePanel)();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, readerQuote, closePanel, closeWho]);

  const panelOf = (e: NonNullable<typeof selected>) => (
    <EventPanel event={e} timeline={timeline} locale={locale} onReadInContext={openReader} onClose={closePanel} autoFocus={opened.current} headingRequest={headingRequest} />
  );
  const eventPanel = (e: NonNullable<typeof selected>) => (
    <ErrorBoundary name={t('boundary.event')} resetKey={e.id}>
      {panelOf(e)}
    </ErrorBoundary>
  );
  // In the vertical layout the selected event opens in place, not in the panel. Until the app has
  // looked (the server, and hydration) the panel holds it: a prerendered event page has it once.
  const inPlace = vertical === true;
  // A dataset with no events shows one plain sentence; sections that would be empty are left out.
  const empty = timeline.events.length === 0;
  const panel = empty || (view === 'event' && selected && inPlace) ? null : view === 'event' && selected ? panelOf(selected) : whole && (view === 'quotes' || (!selected && !options.embed)) ? (
    <WhoSaidWhat timeline={timeline} locale={locale} selectedEventId={state.eventId} onChoose={goToEvent} />
  ) : null;

  return (
    <TranslateContext value={t}>
    <StoryLangContext value={storyLang}>
    {/* Until the app has looked (the server, and hydration) CSS picks the layout by width; then only
        the chosen one is rendered, without the classes CSS hides by. */}
    <div data-layout={vertical === null ? 'auto' : options.layout} className={`bg-bg text-fg ${options.embed ? 'embed' : `min-h-dvh ${view && !(inPlace && view === 'event') ? 'max-lg:pb-[55dvh]' : ''}`}`}>
      {!options.embed && !empty && (
        // On phones the list of events is the vertical timeline itself.
        <a href={vertical === true ? `#${VERTICAL_LIST_ID}` : '#events'} className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
          {t('app.skipToList')}
        </a>
      )}
      <Header timeline={timeline} embed={options.embed} options={options} selectedId={state.eventId} onWhoSaidWhat={openWho} language={language} downloads={downloads} />
      {/* A size container: the columns below answer to its width in rem, so a reader's larger text
          (a larger root font size) stacks the chart above the panel instead of squeezing it. */}
      <div className="@container mx-auto max-w-[120rem] px-3 sm:px-5">
        <LinkNotice unknown={unknown} language={language} />
        {!empty && (timeline.people.length > 0 || timeline.topics.length > 0) && (
          <ErrorBoundary name={t('boundary.filters')}>
            <FiltersBar timeline={timeline} people={state.people} topics={state.topics} shown={filtered.events.length} onChange={changeFilters} onClear={clearFilters} language={language} groupRef={filtersRef} />
          </ErrorBoundary>
        )}
        <div className={`mt-3 gap-6 ${(options.embed && !view) || empty ? '' : '@5xl:grid @5xl:grid-cols-[minmax(0,1fr)_24rem]'}`}>
          <main className="min-w-0">
            {drawn !== false && (
              <div className={vertical === null ? LAYOUT_CLASS.vertical : undefined}>
                <ErrorBoundary name={t('boundary.timeline')}>
                  {empty ? <EmptyTimeline /> : <VerticalTimeline
                    timeline={timeline}
                    visibleIds={filtered.ids}
                    selectedId={state.eventId}
                    onSelect={onSelect}
                    onClose={closePanel}
                    focusRequest={focusRequest}
                    locale={locale}
                    scale={scale}
                    onScaleChange={setScale}
                    renderDetail={inPlace ? eventPanel : noDetail}
                  />}
                </ErrorBoundary>
              </div>
            )}
            {drawn !== true && (
            <div className={vertical === null ? LAYOUT_CLASS.horizontal : undefined}>
            <ErrorBoundary name={t('boundary.timeline')}>
              {empty ? <EmptyTimeline /> : <TimelineChart
                timeline={timeline}
                visibleIds={filtered.ids}
                selectedId={state.eventId}
                onSelect={onSelect}
                focusRequest={focusRequest}
                fitRequest={fitRequest}
                locale={locale}
                scale={scale}
                onScaleChange={setScale}
                facet={state.lanes ?? options.lanes}
                onFacetChange={setLanes}
                view={options.view && viewSpan(options.view, timeline.timeZone)}
                measureFirst={fresh}
              />}
            </ErrorBoundary>
            {/* Until the list is drawn, its room: the page is already long enough to scroll when the
                chart's frame is measured, so a classic scrollbar (desktop Windows, Linux) takes its
                width before the marks are laid out, not after (which moved every mark once). */}
            {!whole && !options.embed && !empty && <div className="min-h-dvh" />}
            {whole && !options.embed && !empty && (
              <section aria-labelledby="events" className="mt-8">
                <h2 id="events" tabIndex={-1} className="mb-3 font-serif text-2xl">{filtering ? t('app.eventsMatching') : t('app.allEvents')}</h2>
                {filtering && filtered.events.length === 0 && (
                  <p className="border-y border-line py-4" data-empty-list="">
                    {noMatchSentence(timeline, state, t, language)}{' '}
                    <button type="button" className="min-h-6 font-semibold text-mark underline underline-offset-4" onClick={clearFilters}>{t('app.clearFilters')}</button>
                  </p>
                )}
                <ErrorBoundary name={t('boundary.list')}>
                  <EventList timeline={timeline} events={filtered.events} selectedId={state.eventId} onSelect={onSelectInList} locale={locale} />
                </ErrorBoundary>
              </section>
            )}
            </div>
            )}
          </main>
          {/* Hydrated after what is in view where it is not (a phone's closed sheet): src/app/Later.tsx. */}
          {!empty && <Later at={PANEL_ID}><aside
            id={PANEL_ID}
            aria-label={view === 'event' ? t('app.panelEvent') : t('app.panelQuotes')}
            data-open={view && panel ? 'true' : 'false'}
            className={options.embed ? EMBED_PANEL : PAGE_PANEL}
          >
            {view === 'quotes' && (
              // Sticky, like the event panel's: the list of quotes is long, and the sheet scrolls.
              <button type="button" onClick={closeWho} className={`sticky top-0 z-10 float-end -me-1 -mt-1 grid size-11 bg-surface place-items-center rounded-md text-muted hover:bg-grid hover:text-fg ${options.embed ? '' : 'lg:hidden'}`} aria-label={t('app.closeWho')}>
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
              </button>
            )}
            <ErrorBoundary name={t('boundary.panel')} resetKey={`${view}:${state.eventId}`}>
              {panel}
            </ErrorBoundary>
          </aside></Later>}
        </div>
      </div>
      <StoryText timeline={timeline} firstId={state.eventId ?? options.pageEvent ?? null} pageEvent={options.pageEvent} embed={options.embed} locale={locale} />
      {whole && <Later at={FOOTER_ID}><Footer timeline={timeline} embed={options.embed} /></Later>}
      {/* The selected event's title and date: the story's words. */}
      <div aria-live="polite" lang={storyLang} className="sr-only">{announcement}</div>
      {readerQuote && (
        <ErrorBoundary name={t('boundary.reader')} resetKey={readerQuote.id}>
          <Suspense fallback={null}>
            <SourceReader timeline={timeline} quote={readerQuote} locale={locale} onQuote={setReaderQuote} onGoToEvent={goToEvent} onClose={closeReader} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
    </StoryLangContext>
    </TranslateContext>
  );
}
