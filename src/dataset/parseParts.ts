/**
 * The dataset's lookup tables: sources, people and topics. They reference nothing, so they are read
 * first; events then resolve their references against the indexes built here.
 * Model objects always carry their optional fields (as undefined when absent): one object shape
 * per kind keeps property access fast in V8.
 */
import type { Fields } from './read/fields';
import { IdIndex, readId } from './read/ids';
import type { Issues } from './read/issues';
import { shown } from './read/messages';
import { readDate, readList, readStrings } from './read/values';
import { MAX_SOURCES, MAX_STRING_CHARS, MAX_TITLE_CHARS } from './limits';
import type { Person, Source, Topic } from './model';
import { safeHttpUrl } from './safeUrl';

/** The id indexes events resolve against; a source's value is its text, when that text is valid. */
export interface Tables {
  sources: IdIndex<string>;
  people: IdIndex;
  topics: IdIndex;
}

/** Fresh, empty indexes for one parse. */
export function newTables(issues: Issues): Tables {
  return {
    sources: new IdIndex(issues, 'source', 'sources'),
    people: new IdIndex(issues, 'person', 'people'),
    topics: new IdIndex(issues, 'topic', 'topics'),
  };
}

/** Reads `sources`, registering each id with its text. */
export function readSources(root: Fields, index: IdIndex<string>): Source[] {
  return readList(
    root,
    'sources',
    (f, ids) => {
      const id = readId(f);
      const text = f.str('text', MAX_STRING_CHARS);
      if (id !== undefined) {
        if (text === undefined) ids.claim(id, f);
        else ids.claimWith(id, f, text);
      }
      const publisher = f.str('publisher', MAX_TITLE_CHARS);
      const headline = f.str('headline', MAX_TITLE_CHARS);
      const published = readDate(f, 'published');
      const url = f.has('url') ? readUrl(f) : undefined;
      if (id === undefined || text === undefined || publisher === undefined || headline === undefined) return undefined;
      if (published === undefined) return undefined;
      return { id, publisher, headline, published: published.iso, url, text };
    },
    index,
    MAX_SOURCES,
    'sources',
  );
}

/** The `url`, normalised, when it is an absolute http(s) URL. */
function readUrl(f: Fields): string | undefined {
  const raw = f.str('url');
  if (raw === undefined) return undefined;
  const url = safeHttpUrl(raw);
  if (url === null) f.issues.add(f.at('url'), `${shown(raw)} is not an absolute http: or https: URL`);
  return url ?? undefined;
}

/** Reads `people`. */
export function readPeople(root: Fields, index: IdIndex): Person[] {
  return readList(root, 'people', (f, ids) => {
    const id = readId(f);
    if (id !== undefined) ids.claim(id, f);
    const name = f.str('name', MAX_TITLE_CHARS);
    const role = f.optStr('role', MAX_TITLE_CHARS);
    const aliases = f.has('aliases') ? readStrings(f, 'aliases') : undefined;
    return id === undefined || name === undefined ? undefined : { id, name, role, aliases };
  }, index);
}

/** Reads `topics`. */
export function readTopics(root: Fields, index: IdIndex): Topic[] {
  return readList(root, 'topics', (f, ids) => {
    const id = readId(f);
    if (id !== undefined) ids.claim(id, f);
    const label = f.str('label', MAX_TITLE_CHARS);
    return id === undefined || label === undefined ? undefined : { id, label };
  }, index);
}
