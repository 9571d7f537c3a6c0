/**
 * The visible alert for a dataset that could not be used: where it came from and what is wrong,
 * in plain language, with the first ten problems and a count of the rest. A file that could not be
 * had (the network, a server's error) may come another time: the reader can try again (the page
 * reloads); a file that was read and is wrong will not change by asking again.
 */
import type { DatasetIssue } from '../dataset/model';
import { useT } from '../i18n/useT';

/** Props of DatasetError. */
export interface DatasetErrorProps {
  /** The dataset's address. */
  url: string;
  /** "fetch" when the file could not be had, "invalid" when it was read but is not usable. */
  kind: 'fetch' | 'invalid';
  issues: DatasetIssue[];
  /** How many problems there are in all (the list may be shorter). */
  total: number;
}

const SHOWN = 10;

/** The alert's heading for each kind of failure (also the tab's title then, src/main.tsx). */
export const FAILURE_HEADING = { fetch: 'error.fetch', invalid: 'error.invalid' } as const;

/** Names each problem with its JSON path. */
export function DatasetError({ url, kind, issues, total }: DatasetErrorProps) {
  const t = useT();
  const rest = total - Math.min(SHOWN, issues.length);
  // It is the whole page when it shows: the page's main landmark and its one top heading.
  return (
    <main className="px-3">
    <div role="alert" className="mx-auto my-6 max-w-3xl rounded-lg border-2 border-accent bg-surface p-5 text-fg">
      <h1 className="text-lg font-semibold">
        {t(FAILURE_HEADING[kind])}
      </h1>
      <p className="mt-1 break-all text-sm text-muted">
        {t('error.file')} <code dir="ltr">{url}</code>
      </p>
      {/* The problems are in English, whatever the interface's language (src/dataset/read/messages.ts). */}
      <ul lang="en" className="mt-3 list-disc space-y-1 ps-5 text-sm">
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i} dir="auto">
            {issue.path !== '(file)' && <code className="font-semibold">{issue.path}</code>}
            {issue.path !== '(file)' && ': '}
            {issue.message}
          </li>
        ))}
      </ul>
      {rest > 0 && <p className="mt-2 text-sm">{t('error.more', { count: rest })}</p>}
      {kind === 'fetch' && (
        <button type="button" onClick={() => location.reload()} className="mt-4 min-h-11 rounded-md border border-line bg-bg px-4 font-semibold hover:bg-grid">
          {t('error.retry')}
        </button>
      )}
    </div>
    </main>
  );
}
