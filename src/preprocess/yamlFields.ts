/**
 * Reading hand-written YAML into typed values. Each reader knows its file and key path, so a typo
 * is reported as `events.helsinki-summit.date: unknown key "tence"` rather than silently ignored.
 * An empty value (`place:`) counts as absent, since that is how people blank a field in YAML.
 */
import { LineCounter, parseDocument } from 'yaml';
import { expected, kindOf, type KindWords } from '../dataset/read/messages';
import { DataError } from './errors';

/** Parses YAML text; a syntax error (or a duplicated key) becomes a DataError with its line. */
export function parseYaml(text: string, file: string): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  const first = doc.errors[0];
  if (first !== undefined) {
    const at = lines.linePos(first.pos[0]);
    const where = `line ${at.line}, column ${at.col}: `;
    throw new DataError(file, `${where}${first.message.split('\n')[0] ?? 'is not valid YAML'}`);
  }
  return doc.toJS() as unknown;
}

/** A YAML mapping whose keys have been checked against a list, with typed getters that fail with the key path. */
export class YamlObject {
  private constructor(
    /** The file, for errors. */
    readonly file: string,
    /** Where this mapping sits, e.g. `events.helsinki-summit.date`; empty at the root. */
    readonly path: string,
    private readonly value: Readonly<Record<string, unknown>>,
  ) {}

  /** Checks that `value` is a mapping with only the allowed keys. */
  static of(file: string, path: string, value: unknown, allowed: readonly string[]): YamlObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DataError(file, `${path || '(top level)'}: expected a mapping of keys to values, found ${kindOf(value, YAML_WORDS)}`);
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) {
        throw new DataError(file, `${path || '(top level)'}: unknown key ${JSON.stringify(key)} (allowed: ${allowed.join(', ')})`);
      }
    }
    return new YamlObject(file, path, record);
  }

  /** The path of one of this mapping's keys. */
  at(key: string): string {
    return join(this.path, key);
  }

  /** Fails with a message about one key. */
  fail(key: string, message: string): never {
    throw new DataError(this.file, `${this.at(key)}: ${message}`);
  }

  /** True when the key has a (non-empty) value. */
  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  /** A required string. */
  string(key: string): string {
    const value = this.raw(key);
    if (typeof value !== 'string') this.fail(key, expected('a string', value, YAML_WORDS));
    return value;
  }

  /** An optional string. */
  optString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  /** An optional date-like string; a bare year (`2015`, which YAML reads as a number) is accepted too. */
  optDateWords(key: string): string | undefined {
    const value = this.raw(key);
    if (Number.isInteger(value)) return String(value);
    return this.optString(key);
  }

  /** An optional whole number of at least `min`. */
  optInt(key: string, min: number): number | undefined {
    if (!this.has(key)) return undefined;
    const value = this.raw(key);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) this.fail(key, expected(`a whole number of at least ${min}`, value, YAML_WORDS));
    return value;
  }

  /** An optional true/false. */
  optBoolean(key: string): boolean | undefined {
    if (!this.has(key)) return undefined;
    const value = this.raw(key);
    if (typeof value !== 'boolean') this.fail(key, expected('true or false', value, YAML_WORDS));
    return value;
  }

  /** An optional list of strings (absent → empty). */
  stringList(key: string): string[] {
    return this.list(key).map((item, i) => {
      if (typeof item !== 'string') throw new DataError(this.file, `${this.at(key)}[${i}]: ${expected('a string', item, YAML_WORDS)}`);
      return item;
    });
  }

  /** An optional list (absent → empty); items are checked by the caller. */
  list(key: string): unknown[] {
    if (!this.has(key)) return [];
    const value = this.raw(key);
    if (!Array.isArray(value)) this.fail(key, expected('a list', value, YAML_WORDS));
    return value as unknown[];
  }

  /** An optional nested mapping with its own allowed keys. */
  optObject(key: string, allowed: readonly string[]): YamlObject | undefined {
    return this.has(key) ? YamlObject.of(this.file, this.at(key), this.raw(key), allowed) : undefined;
  }

  /** A required nested mapping. */
  object(key: string, allowed: readonly string[]): YamlObject {
    return this.optObject(key, allowed) ?? this.fail(key, expected('a mapping', undefined, YAML_WORDS));
  }

  private raw(key: string): unknown {
    const value = this.value[key];
    return value === null ? undefined : value;
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** YAML's words for kinds of value: an empty value is "nothing", numbers and booleans are shown. */
const YAML_WORDS: KindWords = {
  array: 'a list',
  object: 'a mapping',
  null: 'nothing',
  number: (n) => `the number ${n}`,
  boolean: (b) => `${b}`,
};
