/**
 * Every word of the loading screen in one place, so that a translation replaces one module:
 * what the load is doing, and how much of the file has arrived.
 */
import type { LoadProgress } from '../app/loadDataset';

/** The UI's language: these words are English. */
const UI_LANGUAGE = 'en';
const MIB = 1024 * 1024;

/** The progress bar's name. */
export const LOADING_LABEL = 'Loading the timeline';

/** What the load is doing, as a sentence: "Checking 100,000 events…". */
export function phaseWords({ phase, events }: Pick<LoadProgress, 'phase' | 'events'>): string {
  const counted = events === null ? null : `${events.toLocaleString(UI_LANGUAGE)} ${events === 1 ? 'event' : 'events'}`;
  switch (phase) {
    case 'receiving': return 'Receiving the data…';
    case 'reading': return 'Reading the file…';
    case 'checking': return counted ? `Checking ${counted}…` : 'Checking the data…';
    case 'drawing': return counted ? `Drawing ${counted}…` : 'Drawing the timeline…';
  }
}

/** How much has arrived: "12.3 MB of 35.5 MB", or "12.3 MB received" when the size is not known. */
export function receivedWords({ received, total }: Pick<LoadProgress, 'received' | 'total'>): string {
  return total === null ? `${size(received)} received` : `${size(received)} of ${size(total)}`;
}

// Made once: the count is formatted every 100 ms while a large file arrives.
const KILOBYTES = new Intl.NumberFormat(UI_LANGUAGE, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
const MEGABYTES = new Intl.NumberFormat(UI_LANGUAGE, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

/** Bytes in binary megabytes (as the file-size limit is stated), kilobytes below one. */
function size(bytes: number): string {
  return bytes < MIB ? KILOBYTES.format(bytes / 1024) : MEGABYTES.format(bytes / MIB);
}
