/** A small dataset that uses every field of the format, for the download tests. */
import type { RawDataset } from '../../src/dataset/raw';
import type { Timeline } from '../../src/dataset/model';
import { formatIssue, parseDataset } from '../../src/dataset/parse';

const TEXT = 'Pompeo met Putin in Sochi on Tuesday evening. "We had a frank exchange," Putin said afterwards.';
const QUOTE = '"We had a frank exchange,"';

/** The sample in the published format, events already in chronological order. */
export const SAMPLE: RawDataset = {
  version: 1,
  id: 'sochi',
  title: 'Pompeo in Sochi',
  description: 'The first visit, day by day.',
  language: 'en',
  view: { start: '2019-05', end: '2019-06-29' },
  sources: [
    { id: 'afp', publisher: 'AFP', headline: 'Putin meets Pompeo', published: '2019-05-14', url: 'https://example.com/afp', text: TEXT },
    { id: 'memo', publisher: 'Desk', headline: 'Internal memo', published: '2019-05-15T09:30Z', text: '' },
  ],
  people: [
    { id: 'putin', name: 'Vladimir Putin', role: 'President of Russia', aliases: ['Putin'] },
    { id: 'pompeo', name: 'Mike Pompeo' },
  ],
  topics: [
    { id: 'diplomacy', label: 'Diplomacy' },
    { id: 'trade', label: 'Trade, tariffs' },
  ],
  events: [
    {
      id: 'old-context',
      title: '-5% growth, "worst" year',
      summary: '=HYPERLINK("https://evil.example","click")',
      start: '2018',
      dateSource: 'editor',
      topics: [],
      people: [],
      quotes: [],
      mentions: [],
    },
    {
      id: 'follow-up',
      title: 'Follow-up talks',
      summary: '@channel: talks continue',
      start: '2019-05',
      end: '2019-06-29',
      dateSource: 'editor',
      topics: ['diplomacy'],
      people: ['pompeo'],
      quotes: [],
      mentions: [],
    },
    {
      id: 'sochi-meeting',
      title: 'Putin meets Pompeo',
      summary: 'A long meeting,\r\nthen a press conference.',
      place: 'Sochi',
      start: '2019-05-14T18:00+03:00',
      dateSource: 'text',
      stated: { text: 'Tuesday evening', date: '2019-05-14T19:00+03:00', source: 'afp' },
      topics: ['diplomacy', 'trade'],
      people: ['putin', 'pompeo'],
      quotes: [{ id: 'q1', text: QUOTE, speaker: 'putin', source: 'afp', start: TEXT.indexOf(QUOTE), end: TEXT.indexOf(QUOTE) + QUOTE.length }],
      mentions: [{ source: 'afp', start: 0, end: 45 }],
    },
  ],
};

/** Parses a raw dataset, failing loudly with its problems. */
export function timelineOf(raw: unknown): Timeline {
  const parsed = parseDataset(raw);
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return parsed.timeline;
}
