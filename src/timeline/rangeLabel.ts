/**
 * A span of time in words, as coarse as its length allows: "2015 – 2020", "July 2018 – May 2019",
 * "13 – 20 May 2019", "14 May 2019, 09:00 – 18:00 GMT+3". Used for the range in view and for the
 * dates of a cluster. Intl's formatRange shares what both ends have in common. Times are rounded
 * outwards to a step that suits the span ("03:00 – 11:15", never "03:12 – 11:11") and told in the
 * story's zone, which is named.
 */
import { DAY, HOUR, MINUTE, YEAR } from './units';
import { zonedDateFormat } from '../format/intl';
import { plain, withEra } from '../format/dates';
import { fromWall, toWall } from '../dataset/zone';

/** How fine a range label may get. */
export type RangeGrain = 'year' | 'month' | 'day' | 'hour';

const OPTIONS: Record<RangeGrain, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  hour: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
};

/** The grain that suits a span of `ms`. */
export function grainFor(ms: number): RangeGrain {
  if (ms > 3 * YEAR) return 'year';
  if (ms > 62 * DAY) return 'month';
  // Hours and minutes only for a view within about a day; beyond that they are noise.
  if (ms > DAY) return 'day';
  return 'hour';
}

/** The step times are rounded to for a span of `ms`: 5 minutes within an hour, up to an hour for a day. */
export function roundingStep(ms: number): number {
  if (ms <= 2 * HOUR) return 5 * MINUTE;
  if (ms <= 6 * HOUR) return 15 * MINUTE;
  if (ms <= 12 * HOUR) return 30 * MINUTE;
  return HOUR;
}

const ORDER: RangeGrain[] = ['hour', 'day', 'month', 'year'];

/**
 * Words for [from, to): `to` is exclusive, so a span that ends at midnight names the day before.
 * `finest` stops the grain from going below a level (clusters of whole days never show hours);
 * `coarsest` from going above one (a claim about the view, "no events in …", names its days, not
 * the months or years around them).
 * Told on `zone`'s clock (an IANA name: the story's timeZone), as its dates and the axis are (isoDate.ts, ticks.ts).
 */
export function rangeLabel(from: number, to: number, locale: string, finest: RangeGrain = 'hour', zone = 'UTC', coarsest: RangeGrain = 'year'): string {
  let grain = grainFor(to - from);
  if (ORDER.indexOf(grain) < ORDER.indexOf(finest)) grain = finest;
  if (ORDER.indexOf(grain) > ORDER.indexOf(coarsest)) grain = coarsest;
  let start = from;
  let end = grain === 'hour' ? to : Math.max(from, to - 1);
  if (grain === 'hour') {
    // Round on the zone's clock, outwards, so the label covers the whole view.
    const step = roundingStep(to - from);
    start = fromWall(Math.floor(toWall(from, zone) / step) * step, zone);
    end = fromWall(Math.ceil(toWall(to, zone) / step) * step, zone);
  }
  // The words change far less often than the view does while zooming: reuse them (formatRange
  // costs a tenth of a millisecond, every frame), keyed by what the words can show.
  const key = `${locale}|${zone}|${grain}|${unitOf(toWall(start, zone), grain)}|${unitOf(toWall(end, zone), grain)}`;
  let label = cache.get(key);
  if (label === undefined) {
    if (cache.size > 500) cache.clear();
    const options = withEra(OPTIONS[grain], start, end);
    cache.set(key, (label = plain(zonedDateFormat(locale, options, zone).formatRange(start, end))));
  }
  return label;
}

const cache = new Map<string, string>();

/** The year, month, day or minute a wall-clock time (ms, read as UTC) falls in, as one number. */
function unitOf(t: number, grain: RangeGrain): number {
  if (grain === 'hour') return Math.floor(t / MINUTE);
  if (grain === 'day') return Math.floor(t / DAY);
  const d = new Date(t);
  return grain === 'month' ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getUTCFullYear();
}
