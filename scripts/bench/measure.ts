/**
 * The measuring itself, apart from driving the browser (drive.ts): the probe that runs in the page,
 * the page-side look-ups, and the arithmetic on what they report. Timestamps are taken in the page
 * (performance.now(), whose origin is the start of navigation) and pushed to Node as they happen
 * (frames in batches of ten), so nothing depends on polling, and a main thread stuck in a long task
 * shows up as silence.
 */

/** A frame as reported: its rAF timestamp in the page, and when Node received it (Date.now()). */
export interface Frame { t: number; at: number }
/** One loaded resource's byte counts, as Resource Timing (or the Network domain) gives them. */
export interface Entry { url: string; nav: boolean; transfer: number; encoded: number }

/**
 * Runs in the page before any of its scripts: reports First Contentful Paint (the Paint Timing
 * entry), the first element matching `selector` (the first event mark), then every frame, and,
 * given `answer`, the first element matching it (the event panel a click on a mark opens).
 */
export function probe({ selector, answer, fresh = false }: { selector: string; answer?: string; fresh?: boolean }): void {
  const send = (msg: string) => (window as unknown as { __bench?: (m: string) => void }).__bench?.(msg);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') send(`fcp ${e.startTime}`);
  }).observe({ type: 'paint', buffered: true });
  // `fresh`: only a mark the scripts add counts, not one of the prerendered page's (a ?data= load
  // replaces them): those in the parsed document are set aside once parsing ends.
  let prerendered: Set<Element> | null = fresh ? null : new Set();
  if (fresh) document.addEventListener('DOMContentLoaded', () => { prerendered = new Set(document.querySelectorAll(selector)); check(); });
  const found = () => prerendered !== null && [...document.querySelectorAll(selector)].some((el) => !prerendered?.has(el));
  let marked = false;
  const check = () => {
    if (!marked && found()) {
      marked = true;
      send(`mark ${performance.now()}`);
      // Frames go in batches of ten: a binding call each frame is itself work on the main thread
      // being measured, enough to push a frame that nearly fits over the line.
      let batch: number[] = [];
      const frame = (t: number) => {
        batch.push(t);
        if (batch.length >= 10) { send(`frames ${batch.join(',')}`); batch = []; }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }
    if (marked && (!answer || document.querySelector(answer))) {
      if (answer) send(`answer ${performance.now()}`);
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

function kindOf({ url, nav }: Entry): string {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  if (nav || ext === 'html') return 'html';
  if (ext === 'js' || ext === 'css' || ext === 'json') return ext;
  return /^(woff2?|ttf|otf|eot)$/.test(ext) ? 'font' : 'other';
}

/** Page-side: where to wheel (the plot's centre) or what to click (TimelineJS's zoom buttons). */
export function zoomTargets({ app, mark }: { app: string; mark: string }): { x: number; y: number }[] {
  const pick = (s: string) => document.querySelector(s);
  const els = app === 'timelinejs'
    ? [pick('.tl-icon-zoom-in')?.closest('.tl-menubar-button'), pick('.tl-icon-zoom-out')?.closest('.tl-menubar-button')]
    : app === 'vis' ? [pick('.vis-panel.vis-center')] : [pick(mark)?.closest('svg')]; // ours: the plot SVG
  return els.flatMap((el) => {
    const r = el?.getBoundingClientRect();
    return r ? [{ x: r.left + r.width / 2, y: Math.min(r.top + r.height / 2, innerHeight - 20) }] : [];
  });
}

/** Frame intervals in [start, end] (Node clock), clipped at both edges so a start-up long task is not charged to zoom. */
export function intervals(frames: Frame[], start: number, end: number): number[] {
  if (frames.length === 0) return [end - start];
  // Node time minus page time; the smallest difference is the frame delivered with least delay.
  const offset = Math.min(...frames.map((f) => f.at - f.t));
  const from = start - offset, to = end - offset;
  const edges = [from, ...frames.map((f) => f.t).filter((t) => t > from && t < to), to];
  return edges.slice(1).map((t, i) => t - (edges[i] ?? t));
}

/** Page-side: Resource Timing's byte counts for the document and everything it loaded. */
export function resourceEntries(): Entry[] {
  return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
    const r = e as PerformanceResourceTiming;
    return { url: r.name, nav: r.entryType === 'navigation', transfer: r.transferSize, encoded: r.encodedBodySize };
  });
}

/** Totals and per-kind sums of byte counts. */
export function sumBytes(entries: Entry[]): { transfer: number; encoded: number; byKind: Record<string, [number, number]> } {
  const out = { transfer: 0, encoded: 0, byKind: {} as Record<string, [number, number]> };
  for (const e of entries) {
    const sums = (out.byKind[kindOf(e)] ??= [0, 0]);
    sums[0] += e.transfer;
    sums[1] += e.encoded;
    out.transfer += e.transfer;
    out.encoded += e.encoded;
  }
  return out;
}
