import { useT } from '../i18n/useT';

/** The placeholder shown while a dataset loads: the same frame as the app, so nothing jumps. */
export function Skeleton() {
  const t = useT();
  return (
    <div aria-busy="true" aria-live="polite" className="mx-auto max-w-6xl px-4 py-6">
      <p className="sr-only">{t('loading')}</p>
      <div className="h-7 w-2/3 animate-pulse rounded bg-grid" />
      <div className="mt-3 h-4 w-1/2 animate-pulse rounded bg-grid" />
      <div className="mt-6 h-[320px] animate-pulse rounded-lg bg-grid" />
      <div className="mt-6 space-y-3">
        {[0, 1, 2, 3].map((i) => <div key={i} className="h-16 animate-pulse rounded bg-grid" />)}
      </div>
    </div>
  );
}
