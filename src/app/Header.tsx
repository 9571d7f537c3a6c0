/**
 * The story's heading: title, description and the reports it is built from, with the page-level
 * actions (who said what, embed, download). In an embed it shrinks to the title alone.
 */
import type { Timeline } from '../dataset/model';
import { Downloads } from './Downloads';
import type { DownloadItem } from './downloadItems';
import { EmbedButton } from '../embed/EmbedButton';
import type { PageOptions } from './pageOptions';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { Bdi, useStoryLang } from '../i18n/StoryLang';
import { textDirection } from './locale';

/** Props of Header. */
export interface HeaderProps {
  timeline: Timeline;
  embed: boolean;
  /** The page's options and the selected event, handed to the embed-code dialog. */
  options: PageOptions;
  selectedId: string | null;
  /** Opens "Who said what". */
  onWhoSaidWhat: () => void;
  /** The interface's language (BCP 47), for the list of publishers. */
  language: string;
  /** The Download menu's entries (downloadItems.ts). */
  downloads: readonly DownloadItem[];
}

const ACTION = 'min-h-11 rounded-md border border-line bg-surface px-3 text-sm font-semibold text-fg hover:border-mark';

/** The reports' publishers as a list in the interface's language ("AFP et CGTN"), each name the story's. */
function publisherList(publishers: string[], language: string) {
  return new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(publishers)
    .map((part, i) => (part.type === 'element' ? <Bdi key={i}>{part.value}</Bdi> : part.value));
}

/** The header. */
export function Header({ timeline, embed, options, selectedId, onWhoSaidWhat, language, downloads }: HeaderProps) {
  const t = useT();
  const storyLang = useStoryLang();
  // "Who said what" lists quotes: a story without any (or without events, which has no side panel,
  // App.tsx) has no button that would open only "This timeline has no quotes".
  const who = timeline.events.some((e) => e.quotes.length > 0);
  if (embed) {
    return (
      <header className="flex items-start justify-between gap-3 px-3 pb-1 pt-3 sm:px-5">
        <h1 id="story-title" className="font-serif text-lg leading-tight sm:text-xl" dir="auto" lang={storyLang}>{timeline.title}</h1>
        {who && (
          <button type="button" id="who-said-what" className="needs-js min-h-11 shrink-0 rounded-md px-2 text-sm font-semibold text-mark underline underline-offset-4" onClick={onWhoSaidWhat}>
            {t('header.whoSaidWhat')}
          </button>
        )}
      </header>
    );
  }
  const publishers = [...new Set(timeline.sources.map((s) => s.publisher))];
  return (
    <header className="mx-auto max-w-[120rem] px-3 pb-4 pt-6 sm:px-5 sm:pt-10">
      <p className="text-xs font-bold uppercase tracking-[0.14em] text-accent">{t('header.kicker')}</p>
      <h1 id="story-title" className="mt-2 max-w-4xl font-serif text-[1.75rem] leading-[1.1] sm:text-5xl" dir="auto" lang={storyLang}>{timeline.title}</h1>
      {timeline.description && <p className="mt-3 max-w-3xl text-base leading-relaxed text-muted sm:text-lg" dir="auto" lang={storyLang}>{timeline.description}</p>}
      {publishers.length > 0 && (
        <p className="mt-2 text-sm text-muted">
          {/* The list is the interface's words ("و", "et") around the story's names: isolated, in
              the interface's direction, which its first name (Latin in an Arabic page) would not give. */}
          {rich(t, 'header.byline', { publishers: <bdi dir={textDirection(language)}>{publisherList(publishers, language)}</bdi> }, { count: timeline.events.length })}
        </p>
      )}
      {/* items-start: the Download menu opens in the flow under its button (a disclosure), and
          the buttons beside it keep their height rather than stretching to the menu's. */}
      <div className="needs-js mt-4 flex flex-wrap items-start gap-2">
        {who && <button type="button" id="who-said-what" className={ACTION} onClick={onWhoSaidWhat}>{t('header.whoSaidWhat')}</button>}
        <EmbedButton timeline={timeline} options={options} selectedId={selectedId} className={ACTION} />
        <Downloads items={downloads} className={ACTION} />
      </div>
    </header>
  );
}
