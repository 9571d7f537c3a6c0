import { describe, expect, it } from 'vitest';
import { readOptions, viewSpan } from '../../src/app/pageOptions';

const base = 'https://graphics.example.org/timeline/';

describe('options from the URL', () => {
  it('default to the full page with the built-in story', () => {
    expect(readOptions('', base)).toEqual({ options: { embed: false, event: null, theme: 'auto', view: null, scale: null, lanes: null, layout: 'auto', lang: null, data: null }, warnings: [] });
  });
  it('read every valid option', () => {
    const { options, warnings } = readOptions('?embed=1&event=sochi-talks&theme=dark&view=2019-05-01,2019-05-31&data=other.json', base);
    expect(warnings).toEqual([]);
    expect(options).toMatchObject({ embed: true, event: 'sochi-talks', theme: 'dark', view: { start: '2019-05-01', end: '2019-05-31' } });
    expect(options.data?.href).toBe('https://graphics.example.org/timeline/other.json');
  });
  it('read view= on the story\'s clock: its days are the story\'s days, as the dataset\'s own dates are', () => {
    const view = readOptions('?view=2019-05-14,2019-05-14', base).options.view!;
    expect(viewSpan(view, 'UTC')).toEqual({ from: Date.UTC(2019, 4, 14), to: Date.UTC(2019, 4, 15) });
    // Moscow is UTC+3: its 14 May runs from 21:00 UTC on the 13th.
    expect(viewSpan(view, 'Europe/Moscow')).toEqual({ from: Date.UTC(2019, 4, 13, 21), to: Date.UTC(2019, 4, 14, 21) });
    // A time names its own offset, whatever the story's zone.
    expect(viewSpan({ start: '2019-05-14T18:00Z', end: '2019-05-14T20:00Z' }, 'Europe/Moscow')).toEqual({ from: Date.UTC(2019, 4, 14, 18), to: Date.UTC(2019, 4, 14, 21) });
  });
  it('read the base scale', () => {
    expect(readOptions('?scale=sequential', base).options.scale).toBe('sequential');
  });
  it('fall back to defaults with a warning naming each bad value', () => {
    const { options, warnings } = readOptions('?embed=maybe&event=<x>&theme=pink&view=2019-05-31,2019-05-01&scale=log&data=javascript:alert(1)', base);
    expect(options).toEqual({ embed: false, event: null, theme: 'auto', view: null, scale: null, lanes: null, layout: 'auto', lang: null, data: null });
    expect(warnings).toHaveLength(6);
    expect(warnings.join('\n')).toMatch(/\?scale="log"/);
    expect(warnings.join('\n')).toMatch(/\?theme="pink"/);
    expect(warnings.join('\n')).toMatch(/\?data="javascript:alert\(1\)"/);
  });
  it('read the interface language as a canonical BCP 47 tag', () => {
    expect(readOptions('?lang=FR-ca', base).options.lang).toBe('fr-CA');
    const { options, warnings } = readOptions('?lang=no_such!tag', base);
    expect(options.lang).toBeNull();
    expect(warnings.join('\n')).toMatch(/\?lang="no_such!tag"/);
  });
  it('ignore what pym.js adds to the frame URL', () => {
    expect(readOptions('?embed=1&initialWidth=730&childId=tl&parentTitle=x&parentUrl=https%3A%2F%2Fnews.example', base).warnings).toEqual([]);
  });
});
