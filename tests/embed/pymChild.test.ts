import { describe, expect, it } from 'vitest';
import {
  ampSizeMessage, formatPymMessage, isPymId, parsePixels, parsePymMessage, pymHeightMessage, readPymParams, withoutPymParams,
} from '../../src/embed/pymChild';

describe('pym message format', () => {
  it('writes messages the way pym.js 1.3 reads them', () => {
    expect(pymHeightMessage('container', 512)).toBe('pymxPYMxcontainerxPYMxheightxPYMx512');
    expect(formatPymMessage('pym-0-ab12c', 'width', '730')).toBe('pymxPYMxpym-0-ab12cxPYMxwidthxPYMx730');
  });
  it('matches the regular expression pym.Parent builds for its child id', () => {
    // pym.Parent: new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')
    const re = /^pymxPYMxcontainerxPYMx(\S+)xPYMx(.*)$/;
    expect(pymHeightMessage('container', 600.2).match(re)?.slice(1)).toEqual(['height', '601']);
  });
  it('rounds heights up and never sends a negative one', () => {
    expect(pymHeightMessage('c', 99.01)).toMatch(/x100$/);
    expect(pymHeightMessage('c', -5)).toMatch(/x0$/);
  });
  it('refuses ids and types that would make an unparseable message', () => {
    expect(() => formatPymMessage('axPYMxb', 'height', '1')).toThrow();
    expect(() => formatPymMessage('has space', 'height', '1')).toThrow();
    expect(() => formatPymMessage('c', 'he ight', '1')).toThrow();
  });
  it('writes AMP’s embed-size request', () => {
    expect(ampSizeMessage(480.4)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 481 });
  });
});

describe('parsePymMessage', () => {
  it('reads a width message addressed to this child', () => {
    expect(parsePymMessage('pymxPYMxcontainerxPYMxwidthxPYMx730', 'container')).toEqual({ type: 'width', payload: '730' });
  });
  it('keeps a payload that itself contains the delimiter', () => {
    expect(parsePymMessage('pymxPYMxcxPYMxviewport-iframe-positionxPYMx1 2xPYMx3', 'c')).toEqual({ type: 'viewport-iframe-position', payload: '1 2xPYMx3' });
  });
  it('ignores messages for another child, including one whose id starts with ours', () => {
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx730', 'container')).toBeNull();
    expect(parsePymMessage('pymxPYMxcontainer2xPYMxwidthxPYMx730', 'container')).toBeNull();
  });
  it.each<[string, unknown]>([
    ['an object', { sentinel: 'amp', type: 'embed-size', height: 1 }],
    ['a number', 730],
    ['null', null],
    ['another protocol', 'hello'],
    ['no type', 'pymxPYMxcontainerxPYMx'],
    ['no payload delimiter', 'pymxPYMxcontainerxPYMxwidth'],
    ['an empty type', 'pymxPYMxcontainerxPYMxxPYMx730'],
    ['a type with markup', 'pymxPYMxcontainerxPYMx<img>xPYMx730'],
    ['an oversized message', `pymxPYMxcontainerxPYMxwidthxPYMx${'9'.repeat(600)}`],
    ['a case-changed prefix', 'PYMxPYMxcontainerxPYMxwidthxPYMx730'],
  ])('rejects %s', (_what, data) => {
    expect(parsePymMessage(data, 'container')).toBeNull();
  });
  it('rejects everything when our own id is unusable', () => {
    expect(parsePymMessage('pymxPYMx.*xPYMxwidthxPYMx1', '.*')).toBeNull();
  });
});

describe('parsePixels', () => {
  it('reads whole pixel counts only', () => {
    expect(parsePixels('730')).toBe(730);
    expect(parsePixels('0')).toBe(0);
    for (const bad of ['', '-1', '7.5', '1e3', ' 730', '730px', '9999999', 'NaN']) expect(parsePixels(bad)).toBeNull();
  });
});

describe('readPymParams', () => {
  it('reads what pym.Parent puts in the iframe URL', () => {
    const search = '?event=x&initialWidth=730&childId=pym-0-ab12c&parentTitle=Host%20page&parentUrl=https%3A%2F%2Fhost.example%2F';
    expect(readPymParams(search)).toEqual({ childId: 'pym-0-ab12c', initialWidth: 730 });
  });
  it('treats a missing or hostile childId as none', () => {
    expect(readPymParams('')).toEqual({ childId: null, initialWidth: null });
    expect(readPymParams('?childId=%3Cscript%3E&initialWidth=wide')).toEqual({ childId: null, initialWidth: null });
    expect(isPymId('axPYMxb')).toBe(false);
  });
});

describe('withoutPymParams', () => {
  it('drops pym’s parameters and keeps the page’s own', () => {
    expect(withoutPymParams('https://s.example/t/embed.html?theme=dark&initialWidth=730&childId=c&parentTitle=T&parentUrl=u#event=a'))
      .toBe('https://s.example/t/embed.html?theme=dark#event=a');
  });
  it('leaves an address without them untouched', () => {
    const href = 'https://s.example/t/embed.html?view=2019-05-01,2019-05-31';
    expect(withoutPymParams(href)).toBe(href);
  });
});
