/**
 * The JSON Schema (draft 2020-12) of the dataset format, generated from the format's table
 * (shape.ts). `npm run schema` writes it to schema/timeline.schema.json; a test fails when the
 * committed file differs from a fresh generation, so the schema cannot drift from the parser.
 */
import { OBJECTS, VALUE_KINDS, type Field, type ObjectName, type StringKind, type Value } from './shape';

/** Where the schema is committed, from the repository root. */
export const SCHEMA_FILE = 'schema/timeline.schema.json';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const OFFSET: JsonObject = { type: 'integer', minimum: 0, description: "Index into the source's text, in UTF-16 code units." };

/** Objects drawn inline where they are used rather than as a `$defs` entry. */
function isInline(name: ObjectName): boolean {
  return name === 'dataset' || Object.values(OBJECTS).some((o) =>
    Object.values(o.fields as Readonly<Record<string, Field>>).some((f) => 'object' in f.value && f.value.object === name && f.value.inline === true));
}

/** The JSON pointer of an object's definition in the schema: "" for the root, "/properties/view" for an inline one. */
export function schemaPointer(name: ObjectName): string {
  if (name === 'dataset') return '';
  if (!isInline(name)) return `/$defs/${name}`;
  const [field] = Object.entries(OBJECTS.dataset.fields).find(([, f]) => 'object' in f.value && f.value.object === name) ?? [];
  return `/properties/${field ?? name}`;
}

/** The whole schema, as an object ready for JSON.stringify. */
export function timelineJsonSchema(): JsonObject {
  const defs: JsonObject = {};
  for (const [name, kind] of Object.entries(VALUE_KINDS)) defs[name] = stringSchema(kind);
  defs.offset = OFFSET;
  for (const name of Object.keys(OBJECTS) as ObjectName[]) {
    if (!isInline(name)) defs[name] = objectSchema(name);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://newsroom-timeline.example/schema/timeline.schema.json',
    title: 'Newsroom timeline dataset, version 1',
    description:
      'The published JSON format of data/timeline.json (src/dataset/raw.ts), generated from src/dataset/shape.ts by `npm run schema`: do not edit. This schema describes shapes; the app\'s validator (src/dataset/parse.ts, `npm run validate`) also checks what a schema cannot: calendar dates, end after start, unique ids, existing time zones, references, quote text against source offsets, and size limits. Unknown extra fields are ignored.',
    ...objectSchema('dataset'),
    $defs: defs,
  };
}

/** The schema text as committed: two-space JSON with a final newline. */
export function timelineJsonSchemaText(): string {
  return `${JSON.stringify(timelineJsonSchema(), null, 2)}\n`;
}

function objectSchema(name: ObjectName): JsonObject {
  const shape = OBJECTS[name];
  const fields = Object.entries(shape.fields as Readonly<Record<string, Field>>);
  const properties: JsonObject = {};
  for (const [key, field] of fields) properties[key] = withDescription(valueSchema(field.value), field.description);
  return {
    type: 'object',
    ...(shape.description === undefined ? {} : { description: shape.description }),
    required: fields.filter(([, f]) => f.optional !== true).map(([k]) => k),
    properties,
  };
}

function valueSchema(value: Value): JsonObject {
  if ('kind' in value) return { $ref: `#/$defs/${value.kind}` };
  if ('offset' in value) return { $ref: '#/$defs/offset' };
  if ('const' in value) return { const: value.const };
  if ('enum' in value) return { enum: [...value.enum] };
  if ('object' in value) return value.inline === true ? objectSchema(value.object) : { $ref: `#/$defs/${value.object}` };
  if ('array' in value) return { type: 'array', ...(value.maxItems === undefined ? {} : { maxItems: value.maxItems }), items: valueSchema(value.array) };
  const { format, patternSource, ...kind } = value.string;
  const s = stringSchema(kind);
  return {
    type: 'string',
    ...(format === undefined ? {} : { format }),
    ...(patternSource === undefined ? {} : { pattern: patternSource }),
    ...s,
  };
}

function stringSchema(kind: StringKind): JsonObject {
  const out: JsonObject = { type: 'string' };
  if (kind.minLength !== undefined) out.minLength = kind.minLength;
  if (kind.maxLength !== undefined) out.maxLength = kind.maxLength;
  if (kind.pattern !== undefined) out.pattern = kind.pattern.source;
  if (kind.description !== undefined) out.description = kind.description;
  return out;
}

/** A definition with the field's description; an inline object keeps its own description when the field has none. */
function withDescription(schema: JsonObject, description: string | undefined): JsonObject {
  return description === undefined ? schema : { ...schema, description };
}
