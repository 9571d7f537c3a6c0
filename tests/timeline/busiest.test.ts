import { describe, expect, it } from 'vitest';
import { busiestWindow } from '../../src/timeline/busiest';
import { event, sorted } from './events';

describe('busiestWindow', () => {
  it('finds the week with the most events', () => {
    const events = sorted([
      event('a', '2018-07-16'), event('b', '2019-05-13'), event('c', '2019-05-14'), event('d', '2019-05-14'),
      event('e', '2019-05-18'), event('f', '2019-06-28'), event('g', '2019-06-29'),
    ]);
    const w = busiestWindow(events)!;
    expect(w.count).toBe(4);
    expect(w.from).toBe(Date.UTC(2019, 4, 13));
    expect(w.to).toBe(Date.UTC(2019, 4, 19));
  });
  it('ties go to the earliest week', () => {
    const w = busiestWindow(sorted([event('a', '2019-01-01'), event('b', '2019-03-01')]))!;
    expect(w.from).toBe(Date.UTC(2019, 0, 1));
  });
  it('no events, no window', () => {
    expect(busiestWindow([])).toBeNull();
  });
});
