/**
 * Ids: their shape, and one index per kind of thing that finds duplicates and resolves references.
 */
import { MAX_ID_CHARS } from '../limits';
import { EVENT_ID } from '../patterns';
import type { Fields } from './fields';
import type { Issues } from './issues';
import { shown } from './messages';

/** Reads the `id` field: a non-empty string of at most MAX_ID_CHARS, URL-safe when `forUrl`. */
export function readId(f: Fields, forUrl = false): string | undefined {
  const id = f.str('id', MAX_ID_CHARS);
  if (id === undefined) return undefined;
  if (id === '') {
    f.issues.add(f.at('id'), 'is empty: an id needs at least one character');
    return undefined;
  }
  if (forUrl && !EVENT_ID.test(id)) {
    f.issues.add(
      f.at('id'),
      `${shown(id)} is not a valid event id: use lowercase letters, digits and hyphens, starting with a letter or digit (event ids go into URLs)`,
    );
    return undefined;
  }
  return id;
}

/**
 * The ids of one kind of thing (sources, people, …) with where each was first used, to name it in
 * a duplicate's message, and optionally a value (a source's text).
 *
 * Where an id was used is kept as a number (its position, see `position`), not as a path or a
 * reader: hundreds of thousands of retained objects would cost more garbage-collection time than
 * the whole rest of a parse.
 */
export class IdIndex<T = never> {
  private readonly first = new Map<string, number>();
  private readonly values = new Map<string, T>();

  constructor(
    private readonly issues: Issues,
    /** Singular noun for messages: "person", "source", "topic". */
    readonly noun: string,
    /** The list a reference must point into, for messages: "people". */
    readonly listName: string,
    /** The object's position from its reader, and the path back from a position. */
    private readonly position: (f: Fields) => number = (f) => f.index,
    private readonly pathOf: (position: number) => string = (n) => `${listName}[${n}]`,
  ) {}

  /** Registers the id of the object `f`; reports a duplicate and returns false if it is already taken. */
  claim(id: string, f: Fields): boolean {
    const earlier = this.first.get(id);
    if (earlier !== undefined) {
      this.issues.add(f.at('id'), `duplicate id ${shown(id)} (first used at ${this.pathOf(earlier)})`);
      return false;
    }
    this.first.set(id, this.position(f));
    return true;
  }

  /** Registers an id with a value; a duplicate keeps the first one's value. */
  claimWith(id: string, f: Fields, value: T): void {
    if (this.claim(id, f)) this.values.set(id, value);
  }

  /** The value registered with an id. */
  get(id: string): T | undefined {
    return this.values.get(id);
  }

  /** Checks a reference in field `key` of `f` (item `index` when it is an array); reports it if it names no id. */
  resolve(ref: string | undefined, f: Fields, key: string, index = -1): string | undefined {
    if (ref === undefined) return undefined;
    if (this.first.has(ref)) return ref;
    this.issues.add(index < 0 ? f.at(key) : f.itemAt(key, index), `unknown ${this.noun} ${shown(ref)}: no entry in ${this.listName} has this id`);
    return undefined;
  }
}
