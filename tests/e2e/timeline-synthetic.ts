/**
 * A synthetic dataset of `n` events for the timeline's browser tests and frame measurements:
 * mostly day events with bursts, some hours, months, years and ranges, spread over ten years.
 * Deterministic (a small LCG), so runs compare.
 */
import type { RawDataset, RawEvent } from '../../src/dataset/raw';

/** A dataset with `n` events, as JSON-ready data. */
export function syntheticDataset(n: number): RawDataset {
  let seed = 42;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const start = Date.UTC(2012, 0, 1);
  const span = 10 * 365 * 86_400_000;
  const words = ['Talks', 'Summit', 'Sanctions', 'Vote', 'Protest', 'Report', 'Visit', 'Deal', 'Strike', 'Statement', 'Hearing', 'Election'];
  const places = ['Sochi', 'Helsinki', 'Vienna', 'Caracas', 'Brussels', 'Geneva', 'Tehran', 'Washington'];
  const events: RawEvent[] = [];
  for (let i = 0; i < n; i++) {
    // Half the events fall in bursts around a few busy weeks.
    const burst = rand() < 0.5 ? Math.floor(rand() * 12) : -1;
    const t = burst >= 0 ? start + (burst / 12) * span + rand() * 7 * 86_400_000 : start + rand() * span;
    const iso = new Date(t).toISOString();
    const kind = rand();
    let date = iso.slice(0, 10);
    let end: string | undefined;
    if (kind < 0.05) date = iso.slice(0, 7);
    else if (kind < 0.07) date = iso.slice(0, 4);
    else if (kind < 0.15) date = `${iso.slice(0, 13)}:00Z`;
    else if (kind < 0.22) end = new Date(t + (1 + Math.floor(rand() * 20)) * 86_400_000).toISOString().slice(0, 10);
    const title = `${words[i % words.length]} in ${places[(i * 7) % places.length]} (${i + 1})`;
    events.push({ id: `s${i}`, title, summary: `Synthetic event ${i + 1}.`, start: date, ...(end ? { end } : {}), dateSource: 'editor', topics: [], people: [], quotes: [], mentions: [] });
  }
  return {
    version: 1, id: `synthetic-${n}`, title: `${n} synthetic events`, language: 'en',
    sources: [{ id: 'src', publisher: 'Synthetic', headline: 'Synthetic', published: '2020-01-01', text: 'Synthetic.' }],
    people: [], topics: [], events,
  };
}
