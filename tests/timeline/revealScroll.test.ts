import { describe, expect, it } from 'vitest';
import { scrollToShow } from '../../src/timeline/revealScroll';

describe('scrollToShow: the least scroll that shows a box', () => {
  it('stays at the top when the box already fits there (a deep link to a chart in the first screen)', () => {
    expect(scrollToShow({ top: 300, bottom: 800 }, 0, 900)).toBe(0);
  });
  it('scrolls down only until the bottom shows, not to the box’s top', () => {
    expect(scrollToShow({ top: 300, bottom: 1000 }, 0, 900)).toBe(1008 - 900);
  });
  it('aligns the top when the box is taller than the room left by a bottom sheet', () => {
    expect(scrollToShow({ top: 500, bottom: 900 }, 0, 740, 407)).toBe(492);
  });
  it('brings a box above the view back to its top', () => {
    expect(scrollToShow({ top: 100, bottom: 300 }, 2000, 800)).toBe(92);
  });
  it('does not move when the box is in view, wherever the page is', () => {
    expect(scrollToShow({ top: 2100, bottom: 2300 }, 2000, 800)).toBe(2000);
  });
  it('never goes above the page', () => {
    expect(scrollToShow({ top: 2, bottom: 3000 }, 500, 800)).toBe(0);
  });
});
