/**
 * Saving a file made in the browser, for every download the page offers (data, CSV, images): one
 * way to name it and one way to hand it to the browser.
 */
import type { Timeline } from '../dataset/model';

/** Saves `body` as a file called `name` through a temporary object URL. */
export function saveFile(name: string, type: string, body: BlobPart): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stem from the dataset id ("sochi-2019"), safe on every file system. */
export function fileStem(timeline: Pick<Timeline, 'id'>): string {
  return timeline.id.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'timeline';
}
