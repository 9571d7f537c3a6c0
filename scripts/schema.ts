/**
 * `npm run schema`: writes schema/timeline.schema.json, generated from the format's table
 * (src/dataset/shape.ts). Run it after changing the table; a test fails while the committed
 * schema differs from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_FILE, timelineJsonSchemaText } from '../src/dataset/jsonSchema';

const file = resolve(import.meta.dirname, '..', SCHEMA_FILE);
writeFileSync(file, timelineJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
