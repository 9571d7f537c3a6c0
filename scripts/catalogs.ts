/**
 * `npm run catalogs`: compiles the interface's catalogs (src/i18n/catalogs/*.json) into
 * src/i18n/compiled/*.ts. Run it after editing a catalog; a test fails while they differ.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMPILED_DIR, compiledCatalogs } from './catalogText';

const root = resolve(import.meta.dirname, '..');
for (const [name, text] of compiledCatalogs(root)) {
  writeFileSync(resolve(root, COMPILED_DIR, `${name}.ts`), text);
  console.log(`wrote ${COMPILED_DIR}/${name}.ts`);
}
