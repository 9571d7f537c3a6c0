/**
 * "Download": the current dataset as JSON (the published format) and its events as CSV, made in
 * the browser from the parsed model, so what an editor downloads is what the page shows; and the
 * current view as an image (SVG, PNG 1× and 2×; src/export/download.ts). The serialisers load on
 * first use, keeping them out of the page's first load.
 */
import { useState } from 'react';
import type { Timeline } from '../dataset/model';

/** Props of Downloads. */
export interface DownloadsProps {
  timeline: Timeline;
  /** Classes of each button. */
  className: string;
}

function save(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download buttons, behind one disclosure button so the header stays short. */
export function Downloads({ timeline, className }: DownloadsProps) {
  const [open, setOpen] = useState(false);
  const [imageError, setImageError] = useState('');
  const image = (kind: 'svg' | 'png' | 'png2x') => async () => {
    setImageError('');
    try { await (await import('../export/download')).downloadImage(timeline, kind); } catch (e) { setImageError(`The image could not be made: ${e instanceof Error ? e.message : String(e)}`); }
  };
  const base = timeline.id.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'timeline';
  return (
    <div className="relative inline-flex flex-wrap gap-2">
      <button type="button" className={className} aria-expanded={open} aria-controls="downloads" onClick={() => setOpen((o) => !o)}>
        Download
      </button>
      <div id="downloads" hidden={!open} className="flex flex-wrap gap-2">
        <button type="button" className={className} onClick={async () => save(`${base}.json`, 'application/json', (await import('../download/datasetJson')).datasetJson(timeline))}>
          Data (JSON)
        </button>
        <button type="button" className={className} onClick={async () => save(`${base}-events.csv`, 'text/csv', (await import('../download/eventsCsv')).eventsCsv(timeline))}>
          Events (CSV)
        </button>
        <button type="button" className={className} onClick={image('svg')}>Image (SVG)</button>
        <button type="button" className={className} onClick={image('png')}>Image (PNG)</button>
        <button type="button" className={className} onClick={image('png2x')}>Image (PNG, 2×)</button>
        {imageError && <p role="alert" className="text-sm font-semibold text-accent">{imageError}</p>}
      </div>
    </div>
  );
}
