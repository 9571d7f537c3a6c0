import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { Timeline } from '../../src/timeline/Timeline';
import type { Timeline as Model } from '../../src/dataset/model';
import { many } from './events';

function model(): Model {
  const events = many(12, '2019-05-01', 2);
  return {
    version: 1, id: 't', title: 'T', language: 'en', sources: [], people: [], topics: [], events,
    sourceById: new Map(), personById: new Map(), topicById: new Map(), eventById: new Map(events.map((e) => [e.id, e])),
  };
}

describe('Timeline on the server', () => {
  const html = renderToString(
    <Timeline timeline={model()} visibleIds={null} selectedId={null} onSelect={() => {}} focusRequest={null} locale="en-GB" labelledBy="h" />,
  );
  it('renders the frame without crashing, labelled by the heading', () => {
    expect(html).toMatch(/^<section aria-labelledby="h"/);
    expect(html).toContain('aria-label="Zoom in"');
    expect(html).toContain('<svg');
  });
  it('draws no marks, ticks or dates before the plot is measured, so hydration matches', () => {
    expect(html).not.toContain('data-event-id');
    expect(html).not.toContain('data-axis-unit');
    expect(html).not.toMatch(/2019/);
  });
  it('writes no inline style attribute (the site runs under a strict CSP)', () => {
    expect(html).not.toMatch(/ style="/);
  });
});
