import { SCALE_KINDS } from '../../src/dataset/raw';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaPointer, timelineJsonSchemaText } from '../../src/dataset/jsonSchema';
import { LANGUAGE_TAG, TIME_ZONE_NAME } from '../../src/dataset/patterns';
import { OBJECTS, fieldNames, type ObjectName } from '../../src/dataset/shape';
import { describe, expect, it } from 'vitest';
import { EVENT_ID } from '../../src/dataset/patterns';
import { ISO_DATE } from '../../src/dataset/isoDate';
import { MAX_EVENTS, MAX_ID_CHARS, MAX_QUOTES_PER_EVENT, MAX_SOURCES, MAX_STRING_CHARS, MAX_TITLE_CHARS } from '../../src/dataset/limits';
import { parseDataset } from '../../src/dataset/parse';
import { fixture, problems, without } from './helpers';

const committed = readFileSync(new URL(`../../${SCHEMA_FILE}`, import.meta.url), 'utf8');
const schema: unknown = JSON.parse(committed);

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

/** Where the fixture has one of each object of the format, and the name tests call it by. */
const FIXTURE_AT: Record<ObjectName, { at: string; name: string }> = {
  dataset: { at: '', name: 'dataset' },
  view: { at: 'view', name: 'view' },
  source: { at: 'sources[0]', name: 'source' },
  person: { at: 'people[1]', name: 'person' },
  topic: { at: 'topics[0]', name: 'topic' },
  quote: { at: 'events[0].quotes[0]', name: 'quote' },
  mention: { at: 'events[0].mentions[0]', name: 'mention' },
  statedDate: { at: 'events[0].stated', name: 'stated date' },
  event: { at: 'events[0]', name: 'event' },
};

/**
 * Each object of the format, from the format's one table (src/dataset/shape.ts): where the
 * schema defines it, where the fixture has one, and its required and optional fields.
 */
const SHAPES = (Object.keys(OBJECTS) as ObjectName[]).map((name) => ({
  ...FIXTURE_AT[name],
  schema: schemaPointer(name),
  ...fieldNames(name),
}));

describe('schema/timeline.schema.json', () => {
  it('is the fresh generation from the format table (run `npm run schema` after changing src/dataset/shape.ts)', () => {
    expect(committed).toBe(timelineJsonSchemaText());
  });

  it('defines every object of the format table', () => {
    expect(SHAPES.map((s) => s.name)).toEqual(['dataset', 'view', 'source', 'person', 'topic', 'quote', 'mention', 'stated date', 'event']);
  });

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

  it('states the same language-tag and time-zone patterns as the parser', () => {
    expect(at('/properties/language/pattern')).toBe(LANGUAGE_TAG.source);
    expect(at('/properties/timeZone/pattern')).toBe(TIME_ZONE_NAME.source);
    expect(at('/properties/timeZone/maxLength')).toBe(MAX_TITLE_CHARS);
    for (const tag of ['en', 'pt-BR', 'zh-Hant-TW']) expect(problems({ ...fixture(), language: tag }), tag).toEqual([]);
    for (const tag of ['english', 'e', 'en_GB', 'en-']) expect(problems({ ...fixture(), language: tag })[0], tag).toMatch(/^language: .* is not a BCP 47 language tag/);
  });

  it('has every field of the fixture in its definitions', () => {
    const d = fixture();
    const objects: [string, object][] = [
      ['', d], ['/$defs/source', d.sources[0]!], ['/$defs/person', d.people[1]!], ['/$defs/event', d.events[0]!], ['/$defs/event', d.events[1]!],
    ];
    for (const [pointer, value] of objects) expect(fieldsOf(pointer).all).toEqual(expect.arrayContaining(Object.keys(value)));
  });
});
