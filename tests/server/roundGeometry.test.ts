import { describe, expect, it } from 'vitest';
import { roundGeometry } from '../../src/server/roundGeometry';

describe('roundGeometry', () => {
  it('rounds long decimals of geometry attributes to hundredths, in every number of a value', () => {
    expect(roundGeometry('<rect x="11.753711031324665" y="5" width="19.403208530285298"></rect>'))
      .toBe('<rect x="11.75" y="5" width="19.4"></rect>');
    expect(roundGeometry('<g transform="translate(8.753711031324665 -0.0049)"></g><path d="M1.23456 2L-3.99999 4"></path>'))
      .toBe('<g transform="translate(8.75 0)"></g><path d="M1.23 2L-4 4"></path>');
  });
  it('leaves text, names and other attributes as written', () => {
    const html = '<text x="1.5" aria-label="Growth of 3.14159 per cent" data-v="2.71828">π is 3.14159</text>';
    expect(roundGeometry(html)).toBe(html);
  });
});
