import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/dataPipeline';
import type { RawDataset } from '../../src/dataset/raw';
import { serializeDataset } from '../../src/dataset/serialize';
import { buildDataset } from '../../src/preprocess/build';
import { parseSourceMeta } from '../../src/preprocess/sourceMeta';

const DATA = resolve(import.meta.dirname, '../../data');

function freshBuild(): string {
  return serializeDataset(buildDataset(readStory(DATA)).dataset);
}

describe('the committed data/timeline.json', () => {
  it('is byte-identical to a fresh build (if not, run `npm run data`)', () => {
    expect(readFileSync(join(DATA, 'timeline.json'), 'utf8')).toBe(freshBuild());
  });

  it('comes from a deterministic build: two builds give identical bytes', () => {
    expect(freshBuild()).toBe(freshBuild());
  });

  it('quotes only words that appear verbatim in the raw article each cites', () => {
    const dataset = JSON.parse(readFileSync(join(DATA, 'timeline.json'), 'utf8')) as RawDataset;
    const files = readStory(DATA).sources;
    const quotes = dataset.events.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      // Raw bytes, not the cleaned text: the quote must be traceable to what was scraped.
      const file = files.find((f) => parseSourceMeta(f.meta, f.metaFile).id === quote.source);
      expect(file, `source file for ${quote.source}`).toBeDefined();
      const raw = readFileSync(file?.file ?? '').toString('utf8');
      expect(raw.includes(quote.text), `${quote.id} in ${file?.file}`).toBe(true);
    }
  });
});
