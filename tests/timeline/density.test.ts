import { describe, expect, it } from 'vitest';
import { densityColumns, densityPath } from '../../src/timeline/density';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { paddedExtent } from '../../src/timeline/zoomLimits';
import { timeScale } from '../../src/timeline/storyScale';
import { many } from './events';

describe('overview density', () => {
  it('counts every event in exactly one column', () => {
    const events = many(500, '2019-01-01', 4);
    const counts = densityColumns(buildSpanIndex(events), timeScale(paddedExtent(events)), 300);
    expect(counts).toHaveLength(100);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(500);
  });
  it('draws one bar per non-empty column, never taller than the strip', () => {
    const d = densityPath([0, 4, 1, 0], 40, 20);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toContain('v-20.0');
  });
});
