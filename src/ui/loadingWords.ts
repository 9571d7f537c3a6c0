/**
 * The loading screen's sentences, in the interface's language (src/i18n): what the load is doing,
 * and how much of the file has arrived.
 */
import type { LoadProgress } from '../app/loadDataset';
import type { Translate } from '../i18n/i18n';

const MIB = 1024 * 1024;

/** What the load is doing, as a sentence: "Waiting for example.org…", "Checking 100,000 events…". */
export function phaseWords(t: Translate, { phase, events, host }: Pick<LoadProgress, 'phase' | 'events' | 'host'>): string {
  switch (phase) {
    case 'requesting': return t('load.requesting', { host });
    case 'receiving': return t('load.receiving');
    case 'reading': return t('load.reading');
    case 'checking': return events === null ? t('load.checkingData') : t('load.checking', { count: events });
    case 'drawing': return events === null ? t('load.drawingTimeline') : t('load.drawing', { count: events });
  }
}

/** How much has arrived: "12.3 MB of 35.5 MB", or "12.3 MB received" when the size is not known. */
export function receivedWords(t: Translate, { received, total }: Pick<LoadProgress, 'received' | 'total'>): string {
  const size = sizeIn(t.language);
  return total === null ? t('load.received', { size: size(received) }) : t('load.of', { received: size(received), total: size(total) });
}

// Made once per language: the count is formatted every 100 ms while a large file arrives.
const sizes = new Map<string, (bytes: number) => string>();

/** Bytes in binary megabytes (as the file-size limit is stated), kilobytes below one. */
function sizeIn(language: string): (bytes: number) => string {
  let size = sizes.get(language);
  if (!size) {
    const kb = new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
    const mb = new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    sizes.set(language, (size = (bytes) => (bytes < MIB ? kb.format(bytes / 1024) : mb.format(bytes / MIB))));
  }
  return size;
}
