/**
 * The dataset worker's check of a file's text: the events parsed one at a time as they are
 * checked (checkInPieces), so the file is never held whole as one parsed tree (at 100,000 events
 * ~50 MB beside its ~35 MB of text, the peak of a load); a file that cannot be read so is parsed
 * whole, into a fresh sink, which also gives a broken file its exact error. Only the worker
 * imports this (the page parses small files whole, with parseDataset).
 */
import { readJsonText } from '../parseText';
import { parseDatasetInto, type EventSink, type HeadResult } from '../parse';
import { isObject } from './fields';
import { eventCount, type ParseStep } from './parseBytes';
import { splitEvents } from './splitEvents';

/** Checks `text` (the file's `bytes` bytes) into a sink from `newSink`, reporting `checking`. Never rejects. */
export async function checkText<S extends EventSink>(text: string, bytes: number, newSink: () => S, onStep: (step: ParseStep) => void = () => undefined): Promise<{ result: HeadResult; sink: S }> {
  const inPieces = checkInPieces(text, newSink, onStep);
  if (inPieces) return inPieces;
  const json = await readJsonText(text, bytes);
  if (!json.ok) return { result: json, sink: newSink() };
  onStep({ step: 'checking', events: eventCount(json.value) });
  const sink = newSink();
  return { result: parseDatasetInto(json.value, sink, { consume: true }), sink };
}

/**
 * checkText's way for a well-formed file: the file but its events parsed at once, then each
 * event parsed as it is checked. Null when the text does not split, or an event does not parse
 * (the whole text then tells what is wrong).
 */
export function checkInPieces<S extends EventSink>(text: string, newSink: () => S, onStep: (step: ParseStep) => void): { result: HeadResult; sink: S } | null {
  // Stands in for the events array while the rest is parsed; the number makes it unlike any value in the file.
  const placeholder = `events ${Math.random()}`;
  const split = splitEvents(text, JSON.stringify(placeholder));
  if (split === null) return null;
  let root: unknown;
  try {
    root = JSON.parse(split.rest);
  } catch {
    return null;
  }
  // Another "events" key (one spelt with escapes) would have won: read the whole file as JSON.parse does.
  if (!isObject(root) || (root as { events?: unknown }).events !== placeholder) return null;
  const { starts, ends } = split;
  (root as { events: unknown }).events = Array.from(starts, (_, i) => i);
  onStep({ step: 'checking', events: starts.length });
  let parsed = true;
  const open = (i: unknown): unknown => {
    try {
      return JSON.parse(text.slice(starts[i as number], ends[i as number]));
    } catch {
      parsed = false;
      return null;
    }
  };
  const sink = newSink();
  const result = parseDatasetInto(root, sink, { consume: true, open });
  return parsed ? { result, sink } : null;
}
