/**
 * The peers' bench pages and their data. Each peer reads our dataset converted (here, in Node) to
 * its own input format and fetched as a JSON file, as ours fetches timeline.json — so every app
 * pays for its own data on the wire, and none pays for the conversion, which is not its job.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawDataset } from '../../src/dataset/raw';
import { isDatePoint, parseIsoDate } from '../../src/dataset/isoDate';
import type { DatePoint } from '../../src/dataset/model';
import { SHELL_PAGE } from '../../src/app/pageOptions';

const MODULES = resolve(import.meta.dirname, '../../node_modules');

/** A page of the bench: which app, its URL path, the selector of one event mark, and how ours loads ('' or '?data='). */
export interface BenchPage {
  app: 'ours' | 'vis' | 'timelinejs';
  path: string;
  mark: string;
  variant?: '' | '?data=';
}

function point(iso: string): DatePoint {
  const d = parseIsoDate(iso);
  if (!isDatePoint(d)) throw new Error(`bench dataset has a bad date ${iso}: ${d.error}`);
  return d;
}

/** vis items: a point at the start, or a range to the exclusive end of the end's span. Content is HTML to vis. */
export function toVis(data: RawDataset): { id: string; content: string; start: number; end?: number }[] {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return data.events.map((e) => {
    const item: { id: string; content: string; start: number; end?: number } = { id: e.id, content: escape(e.title), start: point(e.start).from };
    if (e.end) item.end = point(e.end).to;
    return item;
  });
}

/** TimelineJS date parts, only down to the precision the ISO string gives (TimelineJS shows what it gets). */
function tlDate(iso: string): Record<string, number> {
  const d = point(iso);
  const t = new Date(d.from);
  const parts: Record<string, number> = { year: t.getUTCFullYear() };
  if (d.precision !== 'year') parts.month = t.getUTCMonth() + 1;
  if (d.precision === 'day' || d.precision === 'hour' || d.precision === 'minute') parts.day = t.getUTCDate();
  if (d.precision === 'hour' || d.precision === 'minute') {
    parts.hour = t.getUTCHours();
    parts.minute = t.getUTCMinutes();
  }
  return parts;
}

/** TimelineJS's JSON: one slide per event, headline and text. */
export function toTimelineJs(data: RawDataset): { events: object[] } {
  return {
    events: data.events.map((e) => {
      const slide: Record<string, object> = { start_date: tlDate(e.start), text: { headline: e.title, text: e.summary } };
      if (e.end) slide.end_date = tlDate(e.end);
      return slide;
    }),
  };
}

// Both peers get the same box: full width, 600 px high, roughly an embed's size.
const VIS_PAGE = (data: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline bench</title>
<link rel="stylesheet" href="/vis/styles/vis-timeline-graph2d.min.css">
<script src="/vis/standalone/umd/vis-timeline-graph2d.min.js"></script>
</head><body style="margin:0"><div id="timeline"></div>
<script>
fetch(${JSON.stringify(data)}).then((r) => r.json()).then((items) => {
  new vis.Timeline(document.getElementById('timeline'), items, { height: '600px' });
});
</script></body></html>
`;

const TL_PAGE = (data: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS bench</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>
</head><body style="margin:0"><div id="timeline" style="width:100%;height:600px"></div>
<script>
fetch(${JSON.stringify(data)}).then((r) => r.json()).then((json) => {
  // script_path must be absolute: TimelineJS resolves its locale files against it with new URL().
  new TL.Timeline('timeline', json, { script_path: location.origin + '/tl/js/' });
});
</script></body></html>
`;

/**
 * Lays out the folder the bench serves: our built site under /app/ (and, given `built`, the folder
 * under the served root where run.ts built it again for this dataset), the datasets under
 * /bench-data/, the peers' packages under /vis/ and /tl/ (symlinks into node_modules, so nothing
 * is copied) and one page per peer and dataset (none when `peers` is false). Returns the pages
 * for `name`. The story is ours twice: prerendered (the default page) and loaded through `?data=`
 * on the page for it (app.html, which has no story of its own; its event ids are prefixed "d-" all
 * the same, so that a prerendered mark could never count).
 */
export function writeBenchPages(root: string, name: string, data: RawDataset, peers = true, built: string | null = null): BenchPage[] {
  mkdirSync(join(root, 'bench-data'), { recursive: true });
  mkdirSync(join(root, 'peers'), { recursive: true });
  writeFileSync(join(root, 'bench-data', `${name}.json`), JSON.stringify(data));
  // A cluster is a mark too: at 10,000 events a first view may draw nothing else.
  const synthetic = '[data-event-id^="syn-"], [data-cluster]';
  const ours: BenchPage[] = name === 'story'
    ? [{ app: 'ours', path: '/app/index.html', mark: '[data-event-id]', variant: '' }]
    : [
      // The site built for this dataset (run.ts, `built`), as a newsroom publishes a story: prerendered.
      ...(built ? [{ app: 'ours' as const, path: `/${built}/index.html`, mark: synthetic, variant: '' as const }] : []),
      { app: 'ours', path: `/app/${SHELL_PAGE}?data=/bench-data/${name}.json`, mark: synthetic, variant: '?data=' },
    ];
  if (name === 'story') {
    writeFileSync(join(root, 'bench-data', 'story-data.json'), JSON.stringify({ ...data, events: data.events.map((e) => ({ ...e, id: `d-${e.id}` })) }));
    ours.push({ app: 'ours', path: `/app/${SHELL_PAGE}?data=/bench-data/story-data.json`, mark: '[data-event-id^="d-"]', variant: '?data=' });
  }
  if (!peers) return ours;
  writeFileSync(join(root, 'bench-data', `vis-${name}.json`), JSON.stringify(toVis(data)));
  writeFileSync(join(root, 'bench-data', `tl-${name}.json`), JSON.stringify(toTimelineJs(data)));
  writeFileSync(join(root, 'peers', `vis-${name}.html`), VIS_PAGE(`/bench-data/vis-${name}.json`));
  writeFileSync(join(root, 'peers', `tl-${name}.html`), TL_PAGE(`/bench-data/tl-${name}.json`));
  return [
    ...ours,
    { app: 'vis', path: `/peers/vis-${name}.html`, mark: '.vis-item' },
    { app: 'timelinejs', path: `/peers/tl-${name}.html`, mark: '.tl-timemarker' },
  ];
}

/** Links the peers' packages into the served folder. */
export function linkPeerPackages(root: string): void {
  symlinkSync(join(MODULES, 'vis-timeline'), join(root, 'vis'));
  symlinkSync(join(MODULES, '@knight-lab/timelinejs/dist'), join(root, 'tl'));
}
