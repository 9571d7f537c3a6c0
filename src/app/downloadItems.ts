/**
 * What the Download menu offers, as data: each entry a label and what it saves. The menu
 * (Downloads.tsx) renders any list of these, so other exports (an image of the view, say) are added
 * by appending entries, not by editing the menu. Serialisers load on first use, keeping them out of
 * the page's first load.
 */
import type { Timeline } from '../dataset/model';
import type { Translate } from '../i18n/i18n';

/** One entry of the Download menu. */
export interface DownloadItem {
  /** Stable key, also written to data-download for tests and styling. */
  key: string;
  /** The visible label, which is also its accessible name ("These 2 events (CSV)"). */
  label: string;
  /** Makes and saves the file. May reject; the menu reports it. */
  run: () => Promise<void>;
}

export { fileStem, saveFile } from '../download/saveFile';
import { fileStem, saveFile } from '../download/saveFile';

/**
 * The data entries: the filtered events as CSV (only when a filter narrows them), all events as
 * CSV, and the dataset as JSON. `shown` is the ids passing the filters, null when none is set;
 * `t` words the labels in the interface's language.
 */
export function dataDownloads(timeline: Timeline, shown: ReadonlySet<string> | null, t: Translate): DownloadItem[] {
  const stem = fileStem(timeline);
  const csv = async (ids: ReadonlySet<string> | undefined, name: string) => {
    const { eventsCsvFile } = await import('../download/eventsCsv');
    saveFile(name, 'text/csv;charset=utf-8', eventsCsvFile(timeline, ids));
  };
  const items: DownloadItem[] = [];
  if (shown && shown.size > 0 && shown.size < timeline.events.length) {
    items.push({ key: 'csv-shown', label: t('downloads.shown', { count: shown.size }), run: () => csv(shown, `${stem}-events-filtered.csv`) });
  }
  items.push(
    { key: 'csv-all', label: t('downloads.all', { count: timeline.events.length }), run: () => csv(undefined, `${stem}-events.csv`) },
    {
      key: 'json',
      label: t('downloads.json'),
      run: async () => saveFile(`${stem}.json`, 'application/json', (await import('../download/datasetJson')).datasetJson(timeline)),
    },
  );
  return items;
}

/**
 * The image entries: the chart's current view as SVG, or PNG at 1× and 2× (src/export/download.ts,
 * loaded on first use). Only where the chart is drawn: the phone layout has no chart to picture.
 */
export function imageDownloads(timeline: Timeline, t: Translate): DownloadItem[] {
  const image = (kind: 'svg' | 'png' | 'png2x') => async () => (await import('../export/download')).downloadImage(timeline, kind, t);
  return [
    { key: 'image-svg', label: t('downloads.svg'), run: image('svg') },
    { key: 'image-png', label: t('downloads.png'), run: image('png') },
    { key: 'image-png2x', label: t('downloads.png2x'), run: image('png2x') },
  ];
}
