import { describe, expect, it } from 'vitest';
import { chronologically, isChronological } from '../../src/dataset/order';

describe('chronologically', () => {
  it('orders by start, then end, then id in code-unit order', () => {
    const events = [
      { id: 'b', t0: 2, t1: 5 }, { id: 'a', t0: 2, t1: 5 }, { id: 'late', t0: 3, t1: 4 }, { id: 'long', t0: 2, t1: 9 },
      { id: 'Z', t0: 2, t1: 5 }, { id: 'first', t0: 1, t1: 10 },
    ];
    expect([...events].sort(chronologically).map((e) => e.id)).toEqual(['first', 'Z', 'a', 'b', 'long', 'late']);
  });
  it('tells a sorted list from an unsorted one', () => {
    expect(isChronological([])).toBe(true);
    expect(isChronological([{ id: 'a', t0: 1, t1: 2 }, { id: 'b', t0: 1, t1: 2 }])).toBe(true);
    expect(isChronological([{ id: 'b', t0: 1, t1: 2 }, { id: 'a', t0: 1, t1: 2 }])).toBe(false);
  });
});
