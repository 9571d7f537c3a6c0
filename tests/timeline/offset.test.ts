import { describe, expect, it } from 'vitest';
import { offset } from '../../src/timeline/offset';

describe('offset', () => {
  it('is the distance from the origin to a hundredth of a pixel', () => {
    expect(offset(150.123, 50)).toBe(100.12);
    expect(offset(40, 50)).toBe(-10);
  });

  it('gives the same value for one offset computed at two zooms (float noise in the last bits)', () => {
    const a = 0.1 + 0.2;
    const b = 0.3;
    expect(a).not.toBe(b);
    expect(offset(a, 0)).toBe(offset(b, 0));
  });
});
