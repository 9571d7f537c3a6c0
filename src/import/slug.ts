/**
 * Slugs: ids made from free text ("Putin meets Pompeo" → "putin-meets-pompeo"). Event and topic
 * ids go into URLs, so a slug holds only lowercase ASCII letters, digits and single hyphens.
 * Transliteration is the `slugify` package's ("Путин" → "putin", "Σύνοδος" → "synodos");
 * the cut and the uniqueness rule are ours.
 */
import transliterate from 'slugify';
import { EVENT_ID } from '../dataset/patterns';

/** Longest slug: long enough to tell headlines apart, short enough for a readable URL. */
const MAX_SLUG_CHARS = 60;

/** The URL-safe id shape the dataset requires of event ids (and that we use for every id we make). */
export const SLUG = EVENT_ID;

/** A URL-safe slug of `text`, or `fallback` when nothing of the text survives (e.g. only "…" or Chinese). */
export function slugify(text: string, fallback = 'item'): string {
  // Punctuation and symbols separate words ("Putin's" → "putin-s", "U.S.-Russia" → "u-s-russia")
  // rather than being spelled out as words ("&" → "and") or glued to their neighbours.
  const words = text.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ');
  const slug = transliterate(words, { lower: true, remove: /[^\p{L}\p{N}\p{M}\s]/gu })
    // Letters the transliteration table lacks keep their base letter when they have one: "ǹ" → "n".
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cut(slug) || fallback;
}

/** Cuts a slug to MAX_SLUG_CHARS at a hyphen when there is one, so no word is left half-written. */
function cut(slug: string): string {
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  const head = slug.slice(0, MAX_SLUG_CHARS + 1);
  const lastHyphen = head.lastIndexOf('-');
  return (lastHyphen > 0 ? head.slice(0, lastHyphen) : head.slice(0, MAX_SLUG_CHARS)).replace(/-+$/, '');
}

/** Claims `base` in `taken`, or the first free `base-2`, `base-3`…; returns the id claimed. */
export function claimUnique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
