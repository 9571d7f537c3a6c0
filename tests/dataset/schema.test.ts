import { SCALE_KINDS } from '../../src/dataset/format';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_ID } from '../../src/dataset/ids';
import { ISO_DATE } from '../../src/dataset/isoDate';
import { MAX_EVENTS, MAX_ID_CHARS, MAX_QUOTES_PER_EVENT, MAX_SOURCES, MAX_STRING_CHARS, MAX_TITLE_CHARS } from '../../src/dataset/limits';
import { parseDataset } from '../../src/dataset/parse';
import { fixture, problems, without } from './helpers';

const schema: unknown = JSON.parse(readFileSync(new URL('../../schema/timeline.schema.json', import.meta.url), 'utf8'));

/** The value at a `/`-separated pointer in the schema, read without trusting its shape. */
function at(pointer: string): unknown {
  let node = schema;
  for (const key of pointer.split('/').filter(Boolean)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** An object definition's required field names and all its property names. */
function fieldsOf(pointer: string): { required: string[]; all: string[] } {
  const required = at(`${pointer}/required`);
  const properties = at(`${pointer}/properties`);
  if (!Array.isArray(required) || typeof properties !== 'object' || properties === null) throw new Error(`${pointer} is not an object definition`);
  return { required: required.map(String).sort(), all: Object.keys(properties).sort() };
}

/**
 * Each object of the format (src/dataset/format.ts): where the schema defines it, where the
 * fixture has one, and its required and optional fields.
 */
const SHAPES = [
  { name: 'dataset', schema: '', at: '', required: ['version', 'id', 'title', 'language', 'sources', 'people', 'topics', 'events'], optional: ['description', 'timeZone', 'view', 'scale'] },
  { name: 'view', schema: '/properties/view', at: 'view', required: ['start', 'end'], optional: [] },
  { name: 'source', schema: '/$defs/source', at: 'sources[0]', required: ['id', 'publisher', 'headline', 'published', 'text'], optional: ['url'] },
  { name: 'person', schema: '/$defs/person', at: 'people[1]', required: ['id', 'name'], optional: ['role', 'aliases'] },
  { name: 'topic', schema: '/$defs/topic', at: 'topics[0]', required: ['id', 'label'], optional: [] },
  { name: 'quote', schema: '/$defs/quote', at: 'events[0].quotes[0]', required: ['id', 'text', 'speaker', 'source', 'start', 'end'], optional: [] },
  { name: 'mention', schema: '/$defs/mention', at: 'events[0].mentions[0]', required: ['source', 'start', 'end'], optional: [] },
  { name: 'stated date', schema: '/$defs/statedDate', at: 'events[0].stated', required: ['text', 'date', 'source'], optional: [] },
  {
    name: 'event', schema: '/$defs/event', at: 'events[0]',
    required: ['id', 'title', 'summary', 'start', 'dateSource', 'topics', 'people', 'quotes', 'mentions'],
    optional: ['place', 'end', 'stated'],
  },
];

describe('schema/timeline.schema.json', () => {
  it('is a draft 2020-12 schema with a description', () => {
    expect(at('/$schema')).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof at('/description')).toBe('string');
  });

  for (const shape of SHAPES) {
    it(`lists the required and optional fields of a ${shape.name}`, () => {
      const { required, all } = fieldsOf(shape.schema);
      expect(required).toEqual([...shape.required].sort());
      expect(all).toEqual([...shape.required, ...shape.optional].sort());
    });

    it(`agrees with the parser on what a ${shape.name} requires`, () => {
      const path = (field: string) => (shape.at === '' ? field : `${shape.at}.${field}`);
      for (const field of shape.required) {
        expect(problems(without(path(field))).some((line) => line.startsWith(`${path(field)}: is missing`)), field).toBe(true);
      }
      for (const field of shape.optional) {
        expect(parseDataset(without(path(field))).ok, field).toBe(true);
      }
    });
  }

  it('states the scale kinds of the format', () => {
    expect(at('/properties/scale/enum')).toEqual([...SCALE_KINDS]);
  });

  it('states the same id pattern and limits as the parser', () => {
    expect(at('/$defs/eventId/pattern')).toBe(EVENT_ID.source);
    expect(at('/$defs/id/maxLength')).toBe(MAX_ID_CHARS);
    expect(at('/$defs/title/maxLength')).toBe(MAX_TITLE_CHARS);
    expect(at('/$defs/longText/maxLength')).toBe(MAX_STRING_CHARS);
    expect(at('/properties/events/maxItems')).toBe(MAX_EVENTS);
    expect(at('/properties/sources/maxItems')).toBe(MAX_SOURCES);
    expect(at('/$defs/event/properties/quotes/maxItems')).toBe(MAX_QUOTES_PER_EVENT);
  });

  it('states the same ISO date pattern as the parser (signed expanded years included)', () => {
    expect(at('/$defs/isoDate/pattern')).toBe(ISO_DATE.source);
  });

  it('has every field of the fixture in its definitions', () => {
    const d = fixture();
    const objects: [string, object][] = [
      ['', d], ['/$defs/source', d.sources[0]!], ['/$defs/person', d.people[1]!], ['/$defs/event', d.events[0]!], ['/$defs/event', d.events[1]!],
    ];
    for (const [pointer, value] of objects) expect(fieldsOf(pointer).all).toEqual(expect.arrayContaining(Object.keys(value)));
  });
});
