/**
 * Event ids for imported slides. TimelineJS's `unique_id` is kept when it is already a URL-safe
 * id, since links to the old timeline may use it; otherwise the id is a slug of the title.
 */
import { MAX_ID_CHARS } from '../dataset/limits';
import { shown } from '../dataset/read/messages';
import { SLUG, claimUnique, slugify } from './slug';
import type { Locate } from './timelinejsModel';
import type { SlideDraft } from './timelinejsSlide';

/**
 * Event ids: a slide's own `unique_id` when it is URL-safe, else a slug of its title; duplicates
 * get -2, -3…. Valid unique_ids are claimed first, so a slug never takes an id a slide asked for.
 */
export function assignIds(drafts: readonly SlideDraft[], locate: Locate): string[] {
  const taken = new Set<string>();
  const firstUse = new Map<string, string>();
  const ids: (string | undefined)[] = drafts.map((d) => {
    const wanted = d.slide.unique_id;
    if (wanted === undefined || !SLUG.test(wanted) || wanted.length > MAX_ID_CHARS) return undefined;
    const id = claimUnique(wanted, taken);
    if (id !== wanted) {
      const where = locate(d.slide.where, 'unique_id');
      d.notes.push({ path: where, message: `${shown(wanted)} is already the id of ${firstUse.get(wanted) ?? 'another slide'}; the event id is ${shown(id)}` });
    } else firstUse.set(id, d.slide.where);
    return id;
  });
  return drafts.map((d, i) => {
    const given = ids[i];
    if (given !== undefined) return given;
    const id = claimUnique(slugify(d.title, 'event'), taken);
    if (d.slide.unique_id !== undefined) {
      d.notes.push({
        path: locate(d.slide.where, 'unique_id'),
        message: `${shown(d.slide.unique_id)} is not an id of lowercase letters, digits and hyphens; the event id is ${shown(id)}`,
      });
    }
    return id;
  });
}
