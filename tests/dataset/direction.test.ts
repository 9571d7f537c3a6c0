import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { toRawDataset } from '../../src/download/datasetJson';
import { axisDirection, datasetDirection } from '../../src/app/locale';
import { problems, withValue, withValues } from './helpers';

describe('the dataset\'s directions', () => {
  it('reads direction and axisDirection, and writes them back', () => {
    const result = parseDataset(withValues({ direction: 'rtl', axisDirection: 'ltr' }));
    if (!result.ok) throw new Error('does not parse');
    expect([result.timeline.direction, result.timeline.axisDirection]).toEqual(['rtl', 'ltr']);
    expect(toRawDataset(result.timeline)).toMatchObject({ direction: 'rtl', axisDirection: 'ltr' });
  });
  it('leaves both out when absent', () => {
    const result = parseDataset(withValue('title', 'T'));
    if (!result.ok) throw new Error('does not parse');
    expect('direction' in result.timeline || 'axisDirection' in result.timeline).toBe(false);
    expect('direction' in toRawDataset(result.timeline)).toBe(false);
  });
  it('names a wrong value and where it is', () => {
    expect(problems(withValue('direction', 'right'))).toEqual(['direction: "right" is not a direction: use "ltr" (left to right) or "rtl" (right to left)']);
    expect(problems(withValue('axisDirection', 'RTL'))).toEqual(['axisDirection: "RTL" is not a direction: use "ltr" (left to right) or "rtl" (right to left)']);
  });
});

describe('which way text and time run', () => {
  it('text: the dataset\'s direction, else its language\'s', () => {
    expect(datasetDirection({ language: 'ar' })).toBe('rtl');
    expect(datasetDirection({ language: 'en-GB' })).toBe('ltr');
    expect(datasetDirection({ language: 'ar', direction: 'ltr' })).toBe('ltr');
    expect(datasetDirection({ language: 'en', direction: 'rtl' })).toBe('rtl');
  });
  it('time: the dataset\'s axisDirection, else the text\'s', () => {
    expect(axisDirection({ language: 'he' })).toBe('rtl');
    expect(axisDirection({ language: 'he', axisDirection: 'ltr' })).toBe('ltr');
    expect(axisDirection({ language: 'ar', direction: 'ltr' })).toBe('ltr');
    expect(axisDirection({ language: 'fr', axisDirection: 'rtl' })).toBe('rtl');
  });
});
