import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { markGeometry, markKind, POINT_RADIUS } from '../../src/timeline/marks';
import { event } from './events';

const x = scaleUtc().domain([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]).range([0, 3650]);
const px = (t: number) => x(t);

describe('marks show precision', () => {
  it('a day event is a point at the middle of its day', () => {
    const e = event('a', '2019-05-14');
    expect(markKind(e)).toBe('point');
    const g = markGeometry(e, px);
    expect(g.kind).toBe('point');
    expect(g.cx).toBeCloseTo(x(Date.UTC(2019, 4, 14, 12)));
    expect(g.x1 - g.x0).toBe(2 * POINT_RADIUS);
  });
  it('an hour event is a point too', () => {
    expect(markKind(event('a', '2019-05-14T18:00+03:00'))).toBe('point');
  });
  it('a month event is drawn as the whole month it could be in', () => {
    const g = markGeometry(event('a', '2019-07'), px);
    expect(g.kind).toBe('uncertain');
    expect(g.x0).toBeCloseTo(x(Date.UTC(2019, 6, 1)));
    expect(g.x1).toBeCloseTo(x(Date.UTC(2019, 7, 1)));
    expect(g.collapsed).toBe(false);
  });
  it('a year event is uncertain across its year', () => {
    expect(markKind(event('a', '2018'))).toBe('uncertain');
  });
  it('a range is a bar from the start of its first day to the end of its last', () => {
    const g = markGeometry(event('a', '2019-06-28', '2019-06-29'), px);
    expect(g.kind).toBe('range');
    expect(g.x0).toBeCloseTo(x(Date.UTC(2019, 5, 28)));
    expect(g.x1).toBeCloseTo(x(Date.UTC(2019, 5, 30)));
  });
  it('a span narrower than a point collapses to a point-sized glyph of its own kind', () => {
    const far = scaleUtc().domain([Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)]).range([0, 400]);
    const g = markGeometry(event('a', '2019-07'), (t) => far(t));
    expect(g).toMatchObject({ kind: 'uncertain', collapsed: true });
    expect(g.x1 - g.x0).toBe(2 * POINT_RADIUS);
  });
});
