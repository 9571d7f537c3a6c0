/**
 * A source's sidecar (`sources/<name>.meta.yaml`): what the article is (publisher, headline,
 * publication date, link) and how to strip its page furniture. Metadata lives beside the article
 * rather than in it, because the article file is kept byte-identical to what was scraped.
 */
import { isDatePoint, parseIsoDate } from '../dataset/isoDate';
import type { FurnitureRules } from './clean';
import { YamlObject, parseYaml } from './yamlFields';

/** A sidecar's contents, checked. */
export interface SourceMeta {
  /** The id events cite the source by, e.g. "afp". */
  id: string;
  publisher: string;
  headline: string;
  /** ISO date (or date-time) of publication. */
  published: string;
  url?: string;
  furniture: FurnitureRules;
}

/** Parses and checks a sidecar's text; `file` names it in errors. */
export function parseSourceMeta(text: string, file: string): SourceMeta {
  const m = YamlObject.of(file, '', parseYaml(text, file), ['id', 'publisher', 'headline', 'published', 'url', 'furniture']);
  const published = m.optDateWords('published') ?? m.fail('published', 'is missing (expected an ISO date such as "2019-05-14")');
  const date = parseIsoDate(published);
  if (!isDatePoint(date)) m.fail('published', date.error);
  const url = m.optString('url');
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) m.fail('url', `${JSON.stringify(url)} is not an http: or https: link`);
  const f = m.optObject('furniture', ['dropLines', 'captionCredits', 'subheads', 'cutFrom']);
  const furniture: FurnitureRules = {};
  if (f?.has('dropLines')) furniture.dropLines = f.stringList('dropLines');
  if (f?.has('captionCredits')) furniture.captionCredits = f.stringList('captionCredits');
  const subheads = f?.optBoolean('subheads');
  if (subheads !== undefined) furniture.subheads = subheads;
  const cutFrom = f?.optString('cutFrom');
  if (cutFrom !== undefined) furniture.cutFrom = cutFrom;
  return {
    id: m.string('id'),
    publisher: m.string('publisher'),
    headline: m.string('headline'),
    published,
    ...(url === undefined ? {} : { url }),
    furniture,
  };
}
