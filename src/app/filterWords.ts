/**
 * The filters in plain words, for the filter bar's status line and the empty list: "No events
 * involve Sergei Lavrov and have the topic Iran." Names come from the dataset (people's names,
 * topics' labels); the words around them from the interface's catalog; lists use the interface
 * language's own "or" (Intl.ListFormat, disjunction), since a choice within one group means any of
 * them (filter.ts).
 */
import type { Timeline } from '../dataset/model';
import type { Translate } from '../i18n/i18n';
import type { Filters } from './filter';

function anyOf(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(names);
}

/**
 * The sentence for a filter nothing passes ("No events involve … and have the topic …."); '' when
 * no filter is set. `language`: the interface's (BCP 47), for the lists.
 */
export function noMatchSentence(timeline: Timeline, f: Filters, t: Translate, language: string): string {
  const people = anyOf(f.people.map((id) => timeline.personById.get(id)?.name ?? id), language);
  const topics = anyOf(f.topics.map((id) => timeline.topicById.get(id)?.label ?? id), language);
  const count = f.topics.length;
  if (f.people.length && count) return t('filters.noBoth', { people, topics, count });
  if (f.people.length) return t('filters.noPeople', { people });
  if (count) return t('filters.noTopics', { topics, count });
  return '';
}

/** The status line under active filters: "Showing 2 of 23 events." */
export function shownSentence(shown: number, total: number, t: Translate): string {
  return t('filters.shown', { shown, total });
}
