import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const props = (el: unknown) => (el as { props: Record<string, unknown> }).props;

describe('the compatibility options (src/compat/options.ts)', () => {
  it('an element given className carries it once, as class, so the DOM gets one write', () => {
    const p = props(createElement('rect', { className: 'a b', x: 1 }));
    expect(p.class).toBe('a b');
    expect(p.className).toBeUndefined();
  });

  it('an element given class keeps it (and its className getter), without an error', () => {
    const p = props(createElement('div', { class: 'c' } as Record<string, unknown>));
    expect(p.class).toBe('c');
    expect(p.className).toBe('c');
  });

  it('renders the class once, on HTML and SVG elements', () => {
    const html = renderToString(createElement('svg', { className: 's' }, createElement('g', { className: 'g', tabIndex: 0 })));
    expect(html).toBe('<svg class="s"><g class="g" tabindex="0"></g></svg>');
    expect(renderToString(createElement('p', { className: 'x' }))).toBe('<p class="x"></p>');
  });
});
