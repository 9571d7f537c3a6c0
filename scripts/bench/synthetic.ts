/**
 * Deterministic synthetic datasets for the benchmark, valid in our format (src/dataset/raw.ts).
 * Same seed and size give byte-identical JSON, so runs on different days compare like with like.
 * Shaped like a real story rather than uniform noise: most events crowd into a few busy weeks
 * (which is what stresses clustering and lane layout), precision is mixed, some events are ranges,
 * and a few carry quotes whose offsets point exactly into one of two synthetic sources.
 */
import type { RawDataset, RawEvent, RawPerson, RawQuote, RawSource } from '../../src/dataset/raw';

/** mulberry32: tiny, fast and good enough for picking words; Math.random cannot be seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE: [string, string][] = [
  ['Amara Okafor', 'Foreign minister'], ['Jonas Lindqvist', 'Prime minister'], ['Mei Tanaka', 'Trade envoy'],
  ['Rafael Ortega', 'Opposition leader'], ['Leila Haddad', 'UN special rapporteur'], ['Pavel Sorokin', 'Defence minister'],
  ['Grace Mwangi', 'Central bank governor'], ['Tomasz Nowak', 'EU commissioner'], ['Hannah Becker', 'Chancellor'],
  ['Samir Qureshi', 'Energy secretary'], ['Ines Carvalho', 'President'], ['Daniel Reyes', 'Chief negotiator'],
];
const PLACES = ['Vienna', 'Geneva', 'Brussels', 'Nairobi', 'Sochi', 'Doha', 'Oslo', 'Jakarta', 'Lima', 'Ankara', 'Hanoi', 'Accra'];
const VERBS = ['meets', 'calls for talks with', 'rejects proposal from', 'signs accord with', 'warns', 'hosts', 'criticises', 'backs'];
const OBJECTS = ['trade delegation', 'energy ministers', 'opposition parties', 'the security council', 'union leaders',
  'regional governors', 'a foreign delegation', 'the central bank', 'aid agencies', 'border officials'];
const TOPICS = [['diplomacy', 'Diplomacy'], ['trade', 'Trade'], ['energy', 'Energy'], ['security', 'Security'],
  ['economy', 'Economy'], ['elections', 'Elections']];
const SAYINGS = ['We will not accept terms that were written without us', 'The door to dialogue remains open',
  'These sanctions hurt ordinary families first', 'Nobody in this room wants another winter like the last',
  'We expect a written answer by the end of the month', 'Our patience is not unlimited',
  'This agreement is a beginning, not an end', 'The figures speak for themselves'];
/** The busy weeks (Mondays) most events cluster around, like the few days a story breaks. */
const BUSY_WEEKS = ['2019-05-13', '2020-03-09', '2021-11-01', '2022-02-21'];
const DAY = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A source whose text is built paragraph by paragraph, so each quote's offsets are known exactly. */
function makeSource(id: string, publisher: string, rnd: () => number): { source: RawSource; quotes: Omit<RawQuote, 'id'>[] } {
  let text = '';
  const quotes: Omit<RawQuote, 'id'>[] = [];
  for (let p = 0; p < 24; p++) {
    const who = Math.floor(rnd() * PEOPLE.length);
    const [name, role] = PEOPLE[who] ?? ['', ''];
    const saying = SAYINGS[Math.floor(rnd() * SAYINGS.length)] ?? '';
    if (text) text += '\n\n';
    const before = `${role} ${name} spoke to reporters in ${PLACES[p % PLACES.length]}. "`;
    const start = text.length + before.length;
    text += `${before}${saying}," ${name.split(' ')[0]} said, before the talks resumed.`;
    quotes.push({ text: saying, speaker: `p${who}`, source: id, start, end: start + saying.length });
  }
  const source: RawSource = { id, publisher, headline: `${publisher} round-up of the week's talks`, published: '2022-03-01', text };
  return { source, quotes };
}

/** A start (and maybe an end) date: clustered days and hours, or scattered years, months and days. */
function makeDates(rnd: () => number): Pick<RawEvent, 'start' | 'end'> {
  const r = rnd();
  if (r < 0.6) {
    const week = Date.parse(BUSY_WEEKS[Math.floor(rnd() * BUSY_WEEKS.length)] ?? '2019-05-13');
    const day = week + Math.floor(rnd() * 9 - 1) * DAY;
    if (rnd() < 0.15) return { start: `${isoDay(day)}T${pad(6 + Math.floor(rnd() * 15))}:00Z` };
    return rnd() < 0.08 ? { start: isoDay(day), end: isoDay(day + (1 + Math.floor(rnd() * 3)) * DAY) } : { start: isoDay(day) };
  }
  const year = 2015 + Math.floor(rnd() * 10);
  if (r < 0.66) return rnd() < 0.3 ? { start: String(year), end: String(year + 1) } : { start: String(year) };
  const month = 1 + Math.floor(rnd() * 12);
  if (r < 0.8) {
    const months = Math.floor(rnd() * 3);
    const end = month + months <= 12 ? `${year}-${pad(month + months)}` : undefined;
    return rnd() < 0.25 && end && months > 0 ? { start: `${year}-${pad(month)}`, end } : { start: `${year}-${pad(month)}` };
  }
  const start = Date.UTC(year, month - 1, 1 + Math.floor(rnd() * 28));
  return rnd() < 0.12 ? { start: isoDay(start), end: isoDay(start + (1 + Math.floor(rnd() * 20)) * DAY) } : { start: isoDay(start) };
}

/** The synthetic dataset of `count` events. Event ids start with "syn-" so the bench can tell them from the story's. */
export function syntheticDataset(count: number, seed = 20190514): RawDataset {
  const rnd = prng(seed ^ count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const people: RawPerson[] = PEOPLE.map(([name, role], i) => ({ id: `p${i}`, name, role }));
  const wire = makeSource('wire', 'Synthetic Wire Service', rnd);
  const daily = makeSource('daily', 'The Synthetic Daily', rnd);
  const passages = [...wire.quotes, ...daily.quotes];
  const events: RawEvent[] = [];
  for (let i = 0; i < count; i++) {
    const who = Math.floor(rnd() * PEOPLE.length);
    const place = pick(PLACES);
    const title = `${(PEOPLE[who] ?? [''])[0]} ${pick(VERBS)} ${pick(OBJECTS)} in ${place}`;
    const event: RawEvent = {
      id: `syn-${pad(i, 5)}`,
      title,
      summary: `${title}. Officials described the talks as ${pick(['frank', 'tense', 'constructive', 'brief'])}; ` +
        `a further meeting is ${pick(['planned', 'not yet scheduled', 'expected within weeks'])}.`,
      place,
      ...makeDates(rnd),
      dateSource: rnd() < 0.8 ? 'editor' : 'text',
      topics: [pick(TOPICS)[0] ?? 'diplomacy'],
      people: [`p${who}`],
      quotes: [],
      mentions: [],
    };
    // About one event in 40 quotes someone, and mentions the paragraph the quote is in.
    if (rnd() < 0.025) {
      const q = pick(passages);
      event.quotes.push({ id: `q-${i}`, ...q });
      event.mentions.push({ source: q.source, start: q.start, end: q.end });
      if (!event.people.includes(q.speaker)) event.people.push(q.speaker);
    }
    events.push(event);
  }
  return {
    version: 1,
    id: `synthetic-${count}`,
    title: `Synthetic timeline (${count.toLocaleString('en')} events)`,
    description: 'Generated for the benchmark: busy weeks, mixed precision, ranges and a few quotes.',
    language: 'en',
    sources: [wire.source, daily.source],
    people,
    topics: TOPICS.map(([id, label]) => ({ id: id ?? '', label: label ?? '' })),
    events,
  };
}
