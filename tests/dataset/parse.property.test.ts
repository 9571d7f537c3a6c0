import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import type { ParseResult } from '../../src/dataset/model';
import { fixture, pathsOf, withValue } from './helpers';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

/** A result is well formed: a timeline, or at least one problem, none of them the last-resort catch. */
function wellFormed(result: ParseResult): boolean {
  if (result.ok) return true;
  return result.issues.length > 0 && result.issues.every((i) => i.path !== '' && i.message !== '' && !i.message.startsWith('could not be read'));
}

/** Reference-like paths: where a change to an id or a source text shows up instead of at the changed field. */
const REFERENCES = /\.(source|speaker|id|text|end)$|\.(topics|people)\[\d+\]$/;

/**
 * Where a problem caused by changing `path` may be reported. Always at or under the path itself;
 * for a start or end, anywhere in the object holding it (an end is judged against its start, a
 * quote's text against its offsets); for an id, a source text or a whole list others point into,
 * also at the references to it.
 */
function mayReportAt(changedPath: string, issuePath: string): boolean {
  if (changedPath === '' || issuePath.startsWith(changedPath)) return true;
  const parent = changedPath.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  if (/\.(start|end)$/.test(changedPath) && issuePath.startsWith(parent)) return true;
  const referenced = /^(sources|people|topics)(\[\d+\](\.(id|text))?)?$|\.id$/.test(changedPath);
  return referenced && REFERENCES.test(issuePath);
}

const PATHS = pathsOf(fixture());

describe('parseDataset never throws', () => {
  it('returns a timeline or a non-empty problem list for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellFormed(parseDataset(value))), { numRuns: 500 });
  }, PROPERTY_TIMEOUT_MS);

  it('returns a timeline or a non-empty problem list for any JavaScript value at all', () => {
    fc.assert(fc.property(fc.anything(), (value) => wellFormed(parseDataset(value))), { numRuns: 500 });
  }, PROPERTY_TIMEOUT_MS);

  it('survives any value, of any type, in any field of a valid dataset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.oneof(fc.jsonValue(), fc.anything()), (path, value) => {
        expect(wellFormed(parseDataset(withValue(path, value)))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('names the changed field (or what depends on it) when a changed dataset fails', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.jsonValue(), (path, value) => {
        const result = parseDataset(withValue(path, value));
        if (result.ok) return;
        const paths = result.issues.map((i) => i.path);
        expect(paths.some((p) => mayReportAt(path, p)), `changed ${path}, got ${paths.join(', ')}`).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('reports a problem at the changed field when it gets a value of the wrong type', () => {
    // Every field of the fixture holds a string, number, array or object; a boolean fits none.
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.boolean(), (path, value) => {
        const result = parseDataset(withValue(path, value));
        expect(result.ok ? [] : result.issues.map((i) => i.path)).toContain(path);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
