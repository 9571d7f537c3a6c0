/**
 * The filters in plain words, for the filter bar's status line and the empty list: "No events
 * involve Sergei Lavrov and have the topic Iran." Names come from the dataset (people's names,
 * topics' labels); lists use the language's own "or" (Intl.ListFormat, disjunction), since a
 * choice within one group means any of them (filter.ts).
 */
import type { Timeline } from '../dataset/model';
import type { Filters } from './filter';

/** The UI's language: the words around the names are English. */
const UI_LANGUAGE = 'en';

function anyOf(names: readonly string[]): string {
  return new Intl.ListFormat(UI_LANGUAGE, { type: 'disjunction' }).format(names);
}

/** What the chosen filters require, as a predicate for "events …": "involve A or B and have the topic C". */
export function filterClause(timeline: Timeline, f: Filters): string {
  const people = f.people.map((id) => timeline.personById.get(id)?.name ?? id);
  const topics = f.topics.map((id) => timeline.topicById.get(id)?.label ?? id);
  const parts: string[] = [];
  if (people.length) parts.push(`involve ${anyOf(people)}`);
  if (topics.length) parts.push(`have the ${topics.length === 1 ? 'topic' : 'topics'} ${anyOf(topics)}`);
  return parts.join(' and ');
}

/** The sentence for a filter nothing passes ("No events involve … and have the topic …."); '' when no filter is set. */
export function noMatchSentence(timeline: Timeline, f: Filters): string {
  const clause = filterClause(timeline, f);
  return clause ? `No events ${clause}.` : '';
}

/** The status line under active filters: "Showing 2 of 23 events." */
export function shownSentence(shown: number, total: number): string {
  return `Showing ${shown} of ${total} ${total === 1 ? 'event' : 'events'}.`;
}
