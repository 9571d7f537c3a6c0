import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selection } from 'd3-selection';
import { interrupt } from '../../src/compat/d3-transition';
import { aliases } from '../../scripts/aliases';

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('d3-transition as the app gets it (src/compat/d3-transition.ts)', () => {
  it('gives d3-zoom the interrupt it calls, which has nothing to stop', () => {
    expect(aliases.find((a) => a.find.test('d3-transition'))?.replacement).toMatch(/src\/compat\/d3-transition\.ts$/);
    expect(interrupt()).toBeUndefined();
    const s = Object.create(selection.prototype) as object;
    expect((s as unknown as { interrupt: () => unknown }).interrupt()).toBe(s);
  });

  it('has no transitions, and nothing in the app asks for one', () => {
    expect((selection.prototype as unknown as { transition?: unknown }).transition).toBeUndefined();
    const callers = sources(join(import.meta.dirname, '../../src')).filter((f) => !f.includes('compat') && /\.transition\(/.test(readFileSync(f, 'utf8')));
    expect(callers).toEqual([]);
  });
});
