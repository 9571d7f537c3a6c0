/**
 * The placeholder shown while a dataset loads: the same frame as the app, so nothing jumps. With
 * `progress` (a `?data=` load, src/app/loadDataset.ts), it says what the load is doing and how
 * much has arrived, on a progress bar that is determinate while the size is known.
 */
import type { LoadProgress } from '../app/loadDataset';
import { phaseWords, receivedWords } from './loadingWords';
import { useT } from '../i18n/useT';

/**
 * The id of the built page's own loading screen, prerendered after #root (scripts/prerender.ts)
 * and shown only for `?data=` (public/boot.js, src/styles/app.css): a phone sees it once the page
 * is parsed, before the app's script has run, and the app removes it. After the story, so that the
 * page's first heading stays the story's for crawlers and text browsers.
 */
export const LOADING_ID = 'page-loading';

/** The loading screen; `progress` adds the progress bar. */
export function Skeleton({ progress }: { progress?: LoadProgress }) {
  const t = useT();
  const label = t('loading');
  const determinate = progress?.phase === 'receiving' && progress.total !== null;
  const waiting = progress?.phase === 'requesting';
  return (
    // The page's main landmark and its one heading while it loads, as DatasetError is when it fails.
    <main aria-busy="true" className="mx-auto max-w-6xl px-4 py-6">
      <div className="h-7 w-2/3 animate-pulse rounded bg-grid" />
      <div className="mt-3 h-4 w-1/2 animate-pulse rounded bg-grid" />
      <div className="relative mt-6 h-[320px]">
        <div className="absolute inset-0 animate-pulse rounded-lg bg-grid" />
        <div className="absolute inset-x-4 top-1/2 mx-auto max-w-sm -translate-y-1/2 rounded-lg bg-surface p-4 text-fg shadow">
          {/* data-failed: the words public/boot.js puts in their place if the app's script never
              arrives (offline, blocked), in the page's language, so the loading screen does not
              stay up for ever. */}
          <h1 className="text-base font-semibold" data-failed={t('loadFailed')}>{label}</h1>
          {/* Announced on each change of phase; the byte count is the bar's value, not spoken on every chunk. */}
          <p role="status" id="load-phase" className="mt-1 text-sm" data-failed={t('loadFailedHelp')}>{progress ? phaseWords(t, progress) : ''}</p>
          {progress && (
            <>
              <progress
                className="mt-2 block h-2 w-full appearance-none overflow-hidden rounded-full bg-grid [&::-moz-progress-bar]:bg-mark [&::-webkit-progress-bar]:bg-grid [&::-webkit-progress-value]:bg-mark"
                aria-label={label}
                aria-valuetext={waiting ? phaseWords(t, progress) : `${phaseWords(t, progress)} ${receivedWords(t, progress)}`}
                {...(determinate ? { max: progress.total ?? 1, value: progress.received } : {})}
              />
              {/* Nothing has arrived while the server has not answered: no count of nothing. */}
              {!waiting && <p aria-hidden="true" className="mt-1 text-xs tabular-nums text-muted">{receivedWords(t, progress)}</p>}
            </>
          )}
        </div>
      </div>
      <div className="mt-6 space-y-3">
        {[0, 1, 2, 3].map((i) => <div key={i} className="h-16 animate-pulse rounded bg-grid" />)}
      </div>
    </main>
  );
}
