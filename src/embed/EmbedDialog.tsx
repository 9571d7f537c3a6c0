/**
 * The embed-code generator: a native modal <dialog> (focus kept inside, Escape closes) with the
 * pym.js loader and the plain iframe codes, each with a copy button and which CMS it suits, and
 * live previews at 360 and 730 px. The plain iframe's height is the story's own (measured by the
 * build at 300 px, src/embed/frameHeight.ts), never the editor's device's.
 * The page's options and the selected event come from App, their one owner; only the page's own
 * address is read here (the embed code points at it). Rendered only in the browser (EmbedButton
 * mounts it on click), so reading `location.href` is safe.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../dataset/model';
import type { PageOptions } from '../app/pageOptions';
import { DEFAULT_PYM_SCRIPT, embedSrc, iframeSnippet, pymSnippet, safeScriptSrc } from './snippet';
import { SnippetField } from './SnippetField';
import { EmbedPreview } from './EmbedPreview';
import { estimateFrameHeight, NARROWEST_COLUMN, parseEmbedSize } from './frameHeight';
import { publishedSite, sharedEventLink } from './eventPage';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { addEnglish } from '../i18n/i18n';
import { messages as englishWords } from '../i18n/compiled/en.embed';
import { Bdi } from '../i18n/StoryLang';

// The dialog's English words come with its chunk, not in the page's main script.
addEnglish(englishWords);

/** Props of EmbedDialog. */
export interface EmbedDialogProps {
  timeline: Timeline;
  /** The page's options as App read them (the theme to start from, a `data=` dataset). */
  options: PageOptions;
  /** The event selected when the dialog opened, offered as the embed's starting event. */
  selectedId: string | null;
  /** Called once the dialog has closed (Escape, the close button). */
  onClose: () => void;
}

const FIELD = 'min-h-11 rounded-md border border-line bg-bg px-2 text-fg';

/** The embed's colours, as the page's `theme=` takes them, and their words. */
const THEMES = [['auto', 'embed.themeAuto'], ['light', 'embed.themeLight'], ['dark', 'embed.themeDark']] as const satisfies readonly (readonly [PageOptions['theme'], string])[];

/** The dialog; open from mount to unmount. */
export function EmbedDialog({ timeline, options, selectedId, onClose }: EmbedDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // Both are kept as they were on opening: the codes describe the page the editor chose to embed.
  const [page] = useState(() => ({ href: location.href, options }));
  const [selected] = useState(selectedId);
  const [theme, setTheme] = useState<PageOptions['theme']>(page.options.theme);
  const [atSelected, setAtSelected] = useState(false);
  const [pymScript, setPymScript] = useState(DEFAULT_PYM_SCRIPT);
  // The built story's measured height (dist/embed-size.json); another dataset's is estimated.
  const [measured, setMeasured] = useState<number | null>(null);
  const estimate = useMemo(() => estimateFrameHeight(timeline), [timeline]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    if (page.options.data) return;
    let live = true;
    fetch(new URL('embed-size.json', page.href))
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => { const size = parseEmbedSize(json); if (live && size) setMeasured(size.height); })
      .catch(() => {});
    return () => { live = false; };
  }, [page]);

  const src = useMemo(
    () => embedSrc(page.href, { theme, ...(atSelected && selected ? { event: selected } : {}) }),
    [page.href, theme, atSelected, selected],
  );
  const target = { src, title: timeline.title, height: measured ?? estimate };
  const scriptOk = safeScriptSrc(pymScript) !== null;
  const selectedTitle = selected ? timeline.eventById.get(selected)?.title : undefined;
  // The event's own page, when the build knew the published address and this is the built-in story.
  const [site] = useState(() => (page.options.data ? null : publishedSite(document)));
  const eventPage = site && selected && selectedTitle ? sharedEventLink(selected, page.href, site) : null;

  return (
    <dialog
      ref={dialog}
      aria-labelledby="embed-title"
      onClose={onClose}
      // Escape belongs to the dialog: keep it from also closing the event panel underneath.
      onKeyDown={(e) => { if (e.key === 'Escape') e.stopPropagation(); }}
      className="m-auto max-h-dvh w-[min(100vw,76rem)] max-w-none overflow-y-auto overscroll-contain border-0 bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60 sm:max-h-[94dvh] sm:w-[min(calc(100vw-2rem),76rem)] sm:rounded-lg"
    >
      {/* A <div>, not a <header>: inside a dialog a header would be a second, nested banner landmark. */}
      {/* Only the title and the close button stay put: with the intro too, the reader's text at
          200% made this bar 502 of a phone's 740 px. The intro scrolls with the options. */}
      <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-line bg-surface px-5 py-2 sm:py-3">
        <h2 id="embed-title" className="min-w-0 font-serif text-lg leading-snug sm:text-xl">{t('embed.title')}</h2>
        <button type="button" onClick={() => dialog.current?.close()} className="-me-2 grid size-[44px] shrink-0 place-items-center rounded-md text-muted hover:bg-grid hover:text-fg" aria-label={t('embed.close')}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
        </button>
      </div>
      <div className="px-5 pb-6">
        <p className="mt-3 text-sm text-muted">{t('embed.intro')}</p>
        {/* min-w-0 on each fieldset (whose default is its content's width) and label, so they
            shrink to the screen. The colours are radio buttons, not a select: a closed select shows
            its choice on one line, and at 200% text on a phone it read "Follow the rea". */}
        <fieldset className="mt-4 flex min-w-0 flex-col items-start gap-y-2 text-sm">
          <legend className="sr-only">{t('embed.options')}</legend>
          <fieldset className="min-w-0 max-w-full">
            <legend className="font-semibold">{t('embed.colours')}</legend>
            <div className="flex min-w-0 flex-wrap gap-x-5">
              {THEMES.map(([value, words]) => (
                <label key={value} className="flex min-h-11 min-w-0 max-w-full items-center gap-2">
                  <input type="radio" name="embed-theme" value={value} checked={theme === value} onChange={() => setTheme(value)} className="size-5 shrink-0" />
                  <span className="min-w-0">{t(words)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {selectedTitle && (
            <label className="flex min-h-11 min-w-0 max-w-full items-center gap-2">
              <input type="checkbox" checked={atSelected} onChange={(e) => setAtSelected(e.target.checked)} className="size-5 shrink-0" />
              <span className="min-w-0">{rich(t, 'embed.openAt', { title: <Bdi>{selectedTitle}</Bdi> })}</span>
            </label>
          )}
        </fieldset>
        {eventPage && (
          <SnippetField
            id="embed-event-link"
            label={t('embed.eventLink')}
            copyWhat={t('embed.copyEventLink')}
            value={eventPage}
            help={rich(t, 'embed.eventLinkHelp', { title: <Bdi>{selectedTitle}</Bdi> })}
          />
        )}
        <div className="lg:grid lg:grid-cols-2 lg:gap-8">
          <SnippetField
            id="embed-code-pym"
            label={t('embed.pym')}
            copyWhat={t('embed.copyPym')}
            value={pymSnippet(target, pymScript)}
            help={rich(t, 'embed.pymHelp', { script: <code>&lt;script&gt;</code>, capability: <code>unfiltered_html</code>, own: <b>{t('embed.pymOwn')}</b> })}
          >
            <label className="mt-2 flex flex-col gap-1 text-sm font-semibold">
              {t('embed.pymScript')}
              <input type="text" value={pymScript} onChange={(e) => setPymScript(e.target.value)} spellCheck={false} aria-invalid={!scriptOk} aria-describedby="embed-pym-note" className={`${FIELD} font-mono font-normal`} />
            </label>
            <p id="embed-pym-note" className={`mt-1 text-sm ${scriptOk ? 'text-muted' : 'font-semibold text-accent'}`}>
              {scriptOk ? t('embed.pymNote') : t('embed.pymBad', { fallback: DEFAULT_PYM_SCRIPT })}
            </p>
          </SnippetField>
          <SnippetField
            id="embed-code-iframe"
            label={t('embed.iframe')}
            copyWhat={t('embed.copyIframe')}
            value={iframeSnippet(target)}
            help={rich(t, 'embed.iframeHelp', { sandbox: <code>allow-scripts allow-popups allow-popups-to-escape-sandbox</code> }, { height: Math.round(target.height), narrowest: NARROWEST_COLUMN, how: measured !== null ? 'measured' : 'estimated' })}
          />
        </div>
        <section aria-labelledby="embed-previews" className="mt-8">
          <h3 id="embed-previews" className="font-semibold">{t('embed.preview')}</h3>
          <p className="mt-1 text-sm text-muted">{t('embed.previewIntro')}</p>
          <div className="mt-3 flex flex-wrap items-start gap-6">
            <EmbedPreview src={src} width={360} />
            <EmbedPreview src={src} width={730} />
          </div>
        </section>
      </div>
    </dialog>
  );
}
