import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { TimelineChart } from '../../src/timeline/TimelineChart';
import type { Timeline } from '../../src/dataset/model';
import { many } from './events';

function model(): Timeline {
  const events = many(12, '2019-05-01', 2);
  return {
    version: 1, id: 't', title: 'T', language: 'en', timeZone: 'UTC', sources: [], people: [], topics: [], events,
    sourceById: new Map(), personById: new Map(), topicById: new Map(), eventById: new Map(events.map((e) => [e.id, e])),
  };
}

describe('Timeline on the server', () => {
  const html = renderToString(
    <TimelineChart timeline={model()} visibleIds={null} selectedId={null} onSelect={() => {}} focusRequest={null} scale="time" onScaleChange={() => {}} facet={null} onFacetChange={() => {}} locale="en-GB" labelledBy="h" />,
  );
  it('renders the frame without crashing, labelled by the heading', () => {
    expect(html).toMatch(/^<section aria-labelledby="h"/);
    expect(html).toContain('aria-label="Zoom in"');
    expect(html).toContain('<svg');
  });
  it('draws the marks and ticks at the prerender width, so the page shows them before any script runs', () => {
    expect(html).toContain('width="800"');
    expect((html.match(/data-event-id=/g) ?? []).length).toBeGreaterThan(0);
    expect(html).toContain('data-axis-unit');
  });
  it('renders the same markup every time (the first client render hydrates it)', () => {
    const again = renderToString(
      <TimelineChart timeline={model()} visibleIds={null} selectedId={null} onSelect={() => {}} focusRequest={null} scale="time" onScaleChange={() => {}} facet={null} onFacetChange={() => {}} locale="en-GB" labelledBy="h" />,
    );
    expect(again).toBe(html);
  });
  it('writes no inline style attribute (the site runs under a strict CSP)', () => {
    expect(html).not.toMatch(/ style="/);
  });
});
