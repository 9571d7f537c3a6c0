import { describe, expect, it } from 'vitest';
import { chronologically, isChronological } from '../../src/dataset/order';

describe('chronologically', () => {
  it('orders by start, then end, then in the order given', () => {
    const events = [
      { id: 'b', t0: 2, t1: 5 }, { id: 'a', t0: 2, t1: 5 }, { id: 'late', t0: 3, t1: 4 }, { id: 'long', t0: 2, t1: 9 },
      { id: 'Z', t0: 2, t1: 5 }, { id: 'first', t0: 1, t1: 10 },
    ];
    expect([...events].sort(chronologically).map((e) => e.id)).toEqual(['first', 'b', 'a', 'Z', 'long', 'late']);
  });

  it('keeps numbered events at one instant in the order written, not their ids\' ("x-10" before "x-2")', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `same-${i + 1}`, t0: 7, t1: 8 }));
    const shuffled = [{ id: 'later', t0: 9, t1: 10 }, ...events, { id: 'earlier', t0: 1, t1: 2 }];
    expect(shuffled.sort(chronologically).map((e) => e.id)).toEqual(['earlier', ...events.map((e) => e.id), 'later']);
  });
  it('tells a sorted list from an unsorted one', () => {
    expect(isChronological([])).toBe(true);
    expect(isChronological([{ t0: 1, t1: 2 }, { t0: 1, t1: 2 }])).toBe(true);
    expect(isChronological([{ t0: 1, t1: 3 }, { t0: 1, t1: 2 }])).toBe(false);
  });
});
