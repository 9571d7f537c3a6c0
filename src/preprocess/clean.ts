/**
 * Cleaning: an article as scraped, minus its page furniture, as paragraphs.
 *
 * Rules come from the source's sidecar, so another publisher's furniture needs new rules, not new
 * code. Every rule must remove something: a rule that matches nothing means the article or the
 * rule changed, and a silently stale rule would let furniture leak into quotes and offsets.
 */
import { shown } from '../dataset/read/messages';
import { BRIEF } from './errors';
import { foldQuotes } from './quoteMarks';

/** One source's furniture rules, as written in its sidecar under `furniture:`. */
export interface FurnitureRules {
  /** Whole lines to drop wherever they occur (navigation, programme label, standfirst, byline, headline). */
  dropLines?: string[];
  /** Photo credits: a line starting with one is a caption and is dropped whole. */
  captionCredits?: string[];
  /** When true, sub-head lines written as `- … -` are dropped. */
  subheads?: boolean;
  /** The start of a line from which everything to the end of the article is dropped. */
  cutFrom?: string;
}

/** Which rule removed a line. */
export type FurnitureRule = keyof FurnitureRules;

/** A line the cleaner removed, and the rule that removed it. */
export interface RemovedLine {
  rule: FurnitureRule;
  line: string;
}

/** The cleaned text (paragraphs joined by a blank line) and what was removed, or why cleaning failed. */
export type CleanResult = { text: string; removed: RemovedLine[] } | { error: string };

// A sub-head is a short line framed by hyphens: "- Sabre-rattling -".
const SUBHEAD = /^-\s+\S.*\s-$/;

/** Cleans a raw article by its furniture rules; `file` names the article in messages. */
export function cleanArticle(raw: string, rules: FurnitureRules, file: string): CleanResult {
  // Lines as the page gave them, minus a byte-order mark, CRs and trailing spaces; blank lines go.
  let lines = raw.replace(/^\uFEFF/, '').split(/\r?\n|\r/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const removed: RemovedLine[] = [];
  const stale: string[] = [];
  const same = (a: string, b: string): boolean => foldQuotes(a.trim()) === foldQuotes(b.trim());
  const startsWith = (line: string, prefix: string): boolean => foldQuotes(line.trim()).startsWith(foldQuotes(prefix.trim()));

  // Cut first, so the other rules only see (and must match within) the article proper.
  if (rules.cutFrom !== undefined) {
    const cutFrom = rules.cutFrom;
    const at = lines.findIndex((line) => startsWith(line, cutFrom));
    if (at < 0) stale.push(`cutFrom ${shown(cutFrom, BRIEF)}`);
    else {
      for (const line of lines.slice(at)) removed.push({ rule: 'cutFrom', line });
      lines = lines.slice(0, at);
    }
  }

  const dropWhere = (rule: FurnitureRule, label: string, matches: (line: string) => boolean): void => {
    const kept = lines.filter((line) => !matches(line));
    if (kept.length === lines.length) stale.push(label);
    for (const line of lines) if (matches(line)) removed.push({ rule, line });
    lines = kept;
  };
  for (const drop of rules.dropLines ?? []) {
    dropWhere('dropLines', `dropLines ${shown(drop, BRIEF)}`, (line) => same(line, drop));
  }
  for (const credit of rules.captionCredits ?? []) {
    dropWhere('captionCredits', `captionCredits ${shown(credit, BRIEF)}`, (line) => startsWith(line, credit));
  }
  if (rules.subheads === true) {
    dropWhere('subheads', 'subheads (no line is written as "- … -")', (line) => SUBHEAD.test(line.trim()));
  }

  if (stale.length > 0) {
    const what = stale.length === 1 ? 'rule matches' : 'rules match';
    return { error: `furniture ${what} nothing in ${file}: ${stale.join('; ')} (stale rule? fix or remove it)` };
  }
  return { text: lines.join('\n\n'), removed };
}

/** A one-line account of what cleaning removed, e.g. "removed 14 lines (dropLines 2, cutFrom 7)". */
export function describeRemoved(removed: readonly RemovedLine[]): string {
  const counts = new Map<FurnitureRule, number>();
  for (const { rule } of removed) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const parts = [...counts].map(([rule, n]) => `${rule} ${n}`);
  const noun = removed.length === 1 ? 'line' : 'lines';
  return `removed ${removed.length} ${noun}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
