import { describe, expect, it } from 'vitest';
import { facetRows, firstRowOf, rowKey } from '../../src/timeline/facets';
import { rowInput } from '../../src/timeline/frame';
import type { Timeline } from '../../src/dataset/model';
import { event, sorted } from './events';

/** A timeline of `events` with two people, as the rows need it (the rest of the model unused). */
function timeline(): Timeline {
  const events = sorted([
    { ...event('talks', '2019-05-14'), people: ['pompeo', 'lavrov'] },
    { ...event('tweet', '2019-05-13'), people: ['pompeo'] },
    event('deal', '2015-07-14'),
  ]);
  return { events, people: [{ id: 'pompeo', name: 'Mike Pompeo' }, { id: 'lavrov', name: 'Sergei Lavrov' }], topics: [] } as unknown as Timeline;
}

describe('lanes by person', () => {
  const tl = timeline();
  const rows = facetRows(tl, 'people').map((row) => ({ row }));
  const at = (id: string) => tl.events.findIndex((e) => e.id === id);

  it('an event stands in each of its rows; one naming nobody in the last, "Others"', () => {
    expect(rows.map(({ row }) => [rowKey(row), row.members.map((i) => tl.events[i]!.id)])).toEqual([
      ['pompeo', ['tweet', 'talks']],
      ['lavrov', ['talks']],
      ['(others)', ['deal']],
    ]);
  });

  it("an event's first row is the first that holds it, in the rows' order", () => {
    expect(firstRowOf(rows, at('talks'))?.row.id).toBe('pompeo');
    expect(firstRowOf(rows, at('deal'))?.row.id).toBe('');
    expect(firstRowOf(rows, 99)).toBeUndefined();
  });

  it("a row lays out its own events in one lane", () => {
    const row = rows[1]!.row;
    const input = rowInput({ index: { events: tl.events } as never, lanes: 4, width: 800 }, row);
    expect(input).toEqual({ index: row.index, lanes: 1, width: 800 });
  });
});
