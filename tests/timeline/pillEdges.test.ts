import { describe, expect, it } from 'vitest';
import { pillEdges } from '../../src/timeline/bandScene';

describe('pillEdges: cluster pills stay whole inside the plot', () => {
  it('leaves pills inside the plot where they are', () => {
    expect(pillEdges([{ x0: 100, x1: 124 }, { x0: 200, x1: 224 }], 400)).toEqual([{ x0: 100, x1: 124 }, { x0: 200, x1: 224 }]);
  });
  it('moves a pill running past either edge in to that edge, keeping its width', () => {
    expect(pillEdges([{ x0: -10, x1: 14 }, { x0: 390, x1: 414 }], 400)).toEqual([{ x0: 0, x1: 24 }, { x0: 376, x1: 400 }]);
  });
  it('leaves an edge pill where its bin is when moving it would lay it over its neighbour', () => {
    expect(pillEdges([{ x0: 14, x1: 38 }, { x0: -10, x1: 14 }], 400)).toEqual([{ x0: 14, x1: 38 }, { x0: -10, x1: 14 }]);
    expect(pillEdges([{ x0: 366, x1: 390 }, { x0: 390, x1: 414 }], 400)).toEqual([{ x0: 366, x1: 390 }, { x0: 390, x1: 414 }]);
  });
});
