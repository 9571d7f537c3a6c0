/**
 * Relative dates: what a report says ("Tuesday", "Monday evening", "July", "next month",
 * "in 2021") resolved against its publication date, at the precision the words carry.
 *
 * Only a small, explicit set of forms is understood. Anything else is an error listing the forms,
 * because a guessed date in a news timeline is worse than a question to the annotator.
 */
import { PART_OF_DAY_HOURS, isPartOfDay } from '../dataset/partOfDay';
import { foldQuotes } from './quoteMarks';

/** Which way a bare weekday or month name points from the publication date. */
export type Tense = 'past' | 'future';

/** What a relative date is resolved against. */
export interface DateContext {
  /** Publication date, "YYYY-MM-DD" (a date-time is read by its date). */
  published: string;
  /** Weekdays default to past (on or before publication); month names need a tense. */
  tense?: Tense;
  /** UTC offset for part-of-day times, e.g. "+03:00"; required only when a part of day is said. */
  zone?: string;
}

/** The forms understood, quoted in every "unknown phrase" message. */
export const SUPPORTED_FORMS =
  'a weekday ("Tuesday", "on Monday"), a weekday and part of day ("Monday evening"; morning, afternoon, evening, night), ' +
  'a month name with tense: past or future ("July"), "this/last/next year", "this/last/next month", ' +
  'or words with one year number ("in 2021", "the 2015 accord")';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Prepositions that change nothing about which day is meant ("on Monday", "since July").
const LEADING_PREPOSITION = /^(?:on|in|since|by|until|during)\s+/;
const YEAR = /\b([12]\d{3})\b/g;

/** Resolves what the text says to an ISO date at the words' precision, or says why it cannot. */
export function resolveRelativeDate(says: string, ctx: DateContext): { date: string } | { error: string } {
  const pub = /^(\d{4})-(\d{2})-(\d{2})/.exec(ctx.published);
  if (!pub) return { error: `publication date ${JSON.stringify(ctx.published)} is not an ISO date "YYYY-MM-DD"` };
  const [year, month, day] = [Number(pub[1]), Number(pub[2]), Number(pub[3])];
  const phrase = foldQuotes(says)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/'s$/, '') // "June's G20 summit" → "june"
    .replace(LEADING_PREPOSITION, '');

  const weekday = /^([a-z]+)(?: ([a-z]+))?$/.exec(phrase);
  const weekdayIndex = WEEKDAYS.indexOf(weekday?.[1] ?? '');
  if (weekday && weekdayIndex >= 0) {
    const part = weekday[2];
    if (part !== undefined && !isPartOfDay(part)) return unknown(says);
    const published = utcDays(year, month, day);
    const back = (new Date(published * DAY).getUTCDay() - weekdayIndex + 7) % 7;
    const date = isoDay(ctx.tense === 'future' ? published + ((7 - back) % 7) : published - back);
    if (part === undefined) return { date };
    if (ctx.zone === undefined) return { error: `${JSON.stringify(says)} names a part of the day, so the story needs a zone such as "+03:00"` };
    if (!/^(?:Z|[+-]\d{2}:\d{2})$/.test(ctx.zone)) return { error: `zone ${JSON.stringify(ctx.zone)} is not "Z" or an offset such as "+03:00"` };
    return { date: `${date}T${pad(PART_OF_DAY_HOURS[part])}:00${ctx.zone}` };
  }

  const monthIndex = MONTHS.indexOf(phrase);
  if (monthIndex >= 0) {
    const m = monthIndex + 1;
    if (ctx.tense === undefined) {
      return { error: `${JSON.stringify(says)} is a month name: add tense: past or tense: future to say which one is meant` };
    }
    // The same month as publication is "this" month either way.
    const y = ctx.tense === 'past' ? (m <= month ? year : year - 1) : m >= month ? year : year + 1;
    return { date: `${y}-${pad(m)}` };
  }

  const relative = /^(this|last|next) (year|month)$/.exec(phrase);
  if (relative) {
    const step = relative[1] === 'last' ? -1 : relative[1] === 'next' ? 1 : 0;
    if (relative[2] === 'year') return { date: String(year + step) };
    const index = year * 12 + (month - 1) + step;
    return { date: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}` };
  }

  const years = [...phrase.matchAll(YEAR)].map((m) => m[1]);
  if (years.length === 1 && years[0] !== undefined) return { date: years[0] };
  if (years.length > 1) return { error: `${JSON.stringify(says)} names ${years.length} years: give the words for one date` };
  return unknown(says);
}

const DAY = 86_400_000;

function unknown(says: string): { error: string } {
  return { error: `cannot resolve the date phrase ${JSON.stringify(says)}; supported: ${SUPPORTED_FORMS}` };
}

// Days since the epoch: weekday and day arithmetic without local time zones getting in the way.
function utcDays(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

function isoDay(days: number): string {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
