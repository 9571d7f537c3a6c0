/** Shared test helpers: copies of the minimal fixture changed at a JSON path, and problem lines. */
import minimal from '../fixtures/minimal.json';
import { formatIssue, parseDataset } from '../../src/dataset/parse';
import type { Timeline } from '../../src/dataset/model';
import type { TimelineHead } from '../../src/dataset/assemble';
import { TimelineReader, TimelineWriter } from '../../src/dataset/read/timelineWire';

/** A deep copy of tests/fixtures/minimal.json, safe to mutate. */
export function fixture(): typeof minimal {
  return structuredClone(minimal);
}

/** The keys of a path such as `events[0].quotes[1].text`: ["events", 0, "quotes", 1, "text"]. */
function keysOf(path: string): (string | number)[] {
  return (path.match(/[^.[\]]+/g) ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The container holding the last key of `path` in `root`, and that key. */
function locate(root: unknown, path: string): { holder: Record<string | number, unknown>; key: string | number } {
  const keys = keysOf(path);
  const last = keys.pop();
  if (last === undefined) throw new Error('empty path');
  let node = root;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  return { holder: node as Record<string | number, unknown>, key: last };
}

/** A copy of the fixture (or of `base`) with the value at `path` replaced; any value, any type. */
export function withValue(path: string, value: unknown, base: unknown = fixture()): unknown {
  const { holder, key } = locate(base, path);
  holder[key] = value;
  return base;
}

/** A copy of the fixture with the field at `path` removed. */
export function without(path: string, base: unknown = fixture()): unknown {
  const { holder, key } = locate(base, path);
  delete holder[key];
  return base;
}

/** A copy of the fixture with several values replaced, given as `{ path: value }`. */
export function withValues(changes: Record<string, unknown>): unknown {
  const base = fixture();
  for (const [path, value] of Object.entries(changes)) withValue(path, value, base);
  return base;
}

/** Every path inside a JSON value, containers included, in the parser's notation. */
export function pathsOf(value: unknown, prefix = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const p = `${prefix}[${i}]`;
      out.push(p, ...pathsOf(item, p));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const p = prefix === '' ? key : `${prefix}.${key}`;
      out.push(p, ...pathsOf(item, p));
    }
  }
  return out;
}

/** Parses and returns the problems as `path: message` lines ([] when valid). */
export function problems(value: unknown): string[] {
  const result = parseDataset(value);
  return result.ok ? [] : result.issues.map(formatIssue);
}

/**
 * Reads what a TimelineWriter holds as the page would: batch by batch, each as postMessage
 * delivers it (structured clone, buffers moved), then the Timeline of `head`.
 */
export function acrossWire(writer: TimelineWriter, head: TimelineHead, reader = new TimelineReader()): Timeline {
  if (writer.size > 0) {
    const { batch, transfer } = writer.take();
    reader.read(structuredClone(batch, { transfer }));
  }
  return reader.finish(head);
}

/** A Timeline sent across the wire in batches of `size` events. */
export function roundTrip(timeline: Timeline, size = 7): Timeline {
  const { events, sourceById: _s, personById: _p, topicById: _t, eventById: _e, ...head } = timeline;
  const writer = new TimelineWriter();
  const reader = new TimelineReader();
  for (const e of events) {
    writer.add(e);
    if (writer.size >= size) {
      const { batch, transfer } = writer.take();
      reader.read(structuredClone(batch, { transfer }));
    }
  }
  return acrossWire(writer, head, reader);
}
