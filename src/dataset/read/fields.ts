/**
 * A tiny path-tracking reader for untrusted JSON objects. Each reader knows where it stands
 * (`events[3].quotes[0]`), so every problem it reports names its place. Readers never throw:
 * a wrong value is reported and read as `undefined`, and checking carries on.
 */
import { MAX_STRING_CHARS } from '../limits';
import type { Issues } from './issues';
import { expected, grouped } from './messages';

/** Checks that a value is a string within `max` characters; the path is only built for a problem. */
export function checkString(issues: Issues, path: () => string, value: unknown, max = MAX_STRING_CHARS): string | undefined {
  if (typeof value === 'string' && value.length <= max) return value;
  if (typeof value !== 'string') issues.add(path(), expected('a string', value));
  else issues.add(path(), `is ${grouped(value.length)} characters long; the limit is ${grouped(max)}`);
  return undefined;
}

/** A value is an object we can read fields from: not null, not an array. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the fields of one object, reporting a wrong or missing field at `path.key`. Paths are
 * built only when a problem is reported: a large valid dataset then costs no path strings at all.
 */
export class Fields {
  private constructor(
    readonly issues: Issues,
    /** The object holding this one; undefined for the root. */
    readonly parent: Fields | undefined,
    /** The field of `parent` holding this object (or the array holding it). */
    private readonly key: string,
    /** The index in that array, or -1 when the field holds the object itself. */
    readonly index: number,
    private readonly value: object,
  ) {}

  /** Reads the dataset's root object, whose fields have bare paths (`events`, not `(root).events`). */
  static root(issues: Issues, value: object): Fields {
    return new Fields(issues, undefined, '', -1, value);
  }

  /** The JSON path of this object, e.g. `events[3].quotes[0]`. */
  get path(): string {
    if (this.parent === undefined) return this.key;
    const field = this.parent.at(this.key);
    return this.index < 0 ? field : `${field}[${this.index}]`;
  }

  /** The JSON path of one field of this object. */
  at(key: string): string {
    const path = this.path;
    return path === '' ? key : `${path}.${key}`;
  }

  /** The JSON path of one item of an array field. */
  itemAt(key: string, index: number): string {
    return `${this.at(key)}[${index}]`;
  }

  /** Opens a field's value (or, with `index`, one item of an array field) as an object, or reports what it is instead. */
  open(value: unknown, key: string, index = -1): Fields | undefined {
    if (isObject(value)) return new Fields(this.issues, this, key, index, value);
    this.issues.add(index < 0 ? this.at(key) : this.itemAt(key, index), expected('an object', value));
    return undefined;
  }

  /** The field's own value: an inherited one (`__proto__`, or anything a polluted prototype adds) counts as absent. */
  raw(key: string): unknown {
    return Object.hasOwn(this.value, key) ? (this.value as Record<string, unknown>)[key] : undefined;
  }

  /** True when the object has the field with a value other than `undefined`. */
  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  /** A required string of at most `max` characters. */
  str(key: string, max = MAX_STRING_CHARS): string | undefined {
    const value = this.raw(key);
    if (typeof value === 'string' && value.length <= max) return value;
    return checkString(this.issues, () => this.at(key), value, max);
  }

  /** An optional string: absent is fine, anything but a string is not. */
  optStr(key: string, max = MAX_STRING_CHARS): string | undefined {
    return this.has(key) ? this.str(key, max) : undefined;
  }

  /** A required whole number. */
  int(key: string): number | undefined {
    const value = this.raw(key);
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    this.issues.add(this.at(key), typeof value === 'number' ? `expected a whole number, found ${value}` : expected('a whole number', value));
    return undefined;
  }

  /** A required array; beyond `max` items the excess is reported and only the first `max` are returned. */
  arr(key: string, max = Infinity, noun = 'items'): readonly unknown[] | undefined {
    const value = this.raw(key);
    if (!Array.isArray(value)) {
      this.issues.add(this.at(key), expected('an array', value));
      return undefined;
    }
    if (value.length <= max) return value;
    this.issues.add(this.at(key), `has ${grouped(value.length)} ${noun}; the limit is ${grouped(max)}`);
    return value.slice(0, max);
  }

  /** A required object field, opened for reading. */
  obj(key: string): Fields | undefined {
    return this.open(this.raw(key), key);
  }

  /** An optional object field. */
  optObj(key: string): Fields | undefined {
    return this.has(key) ? this.obj(key) : undefined;
  }
}
