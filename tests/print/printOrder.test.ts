import { describe, expect, it } from 'vitest';
import { printOrder } from '../../src/print/printOrder';

const events = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const ids = (es: { id: string }[]) => es.map((e) => e.id);

describe('printOrder', () => {
  it('prints the selected event first, then every other event in date order', () => {
    expect(ids(printOrder(events, 'c'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(printOrder(events, 'a'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(printOrder(events, 'd'))).toEqual(['d', 'a', 'b', 'c']);
  });
  it('keeps date order without a selection, or with one that is not in the dataset', () => {
    expect(ids(printOrder(events, null))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(printOrder(events, 'zz'))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('never drops or repeats an event, and leaves its input alone', () => {
    const before = ids(events);
    for (const id of [null, 'a', 'b', 'c', 'd', 'x']) expect([...ids(printOrder(events, id))].sort()).toEqual(before);
    expect(ids(events)).toEqual(before);
  });
});
