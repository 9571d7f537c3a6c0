/**
 * Wall-clock time in an IANA zone, the story's clock (the dataset's `timeZone`). Its dates without
 * a time are spans of that clock (isoDate.ts), and the axis computes its ticks on "wall"
 * milliseconds (the zone's clock read as if it were UTC), so d3-time's UTC intervals give local
 * midnights and hours, then maps them back to instants. Offsets come from the runtime's tz
 * database through Intl.
 */

const parts = new Map<string, Intl.DateTimeFormat>();
/** Offsets found, by zone and quarter hour: an axis frame asks about the same few hundred times. */
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900_000;

function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = parts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    parts.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at instant `t`, ms (Moscow: +3 h). UTC costs nothing. */
export function zoneOffset(t: number, zone: string): number {
  if (zone === 'UTC' || !Number.isFinite(t)) return 0;
  // Offsets change on whole quarter hours at most.
  const key = Math.floor(t / QUARTER_HOUR);
  let byQuarter = offsets.get(zone);
  if (!byQuarter) offsets.set(zone, (byQuarter = new Map()));
  let off = byQuarter.get(key);
  if (off === undefined) {
    const p: Record<string, string> = {};
    for (const { type, value } of partsFormat(zone).formatToParts(t)) p[type] = value;
    const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
    const wall = new Date(0);
    wall.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
    wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
    off = wall.getTime() - (t - (((t % 1000) + 1000) % 1000));
    if (byQuarter.size > 20_000) byQuarter.clear();
    byQuarter.set(key, off);
  }
  return off;
}

/** The zone's wall clock at instant `t`, as UTC milliseconds. */
export function toWall(t: number, zone: string): number {
  return t + zoneOffset(t, zone);
}

/**
 * The instant at which the zone's clock reads `wall`. In the hour repeated when clocks go back,
 * the first (earlier) instant; in the hour skipped when they go forward, the instant an hour on.
 */
export function fromWall(wall: number, zone: string): number {
  if (zone === 'UTC') return wall;
  const guess = wall - zoneOffset(wall, zone);
  const t = wall - zoneOffset(guess, zone);
  // Prefer the earlier reading of a repeated hour: try the offset an hour before too.
  const earlier = wall - zoneOffset(t - 3_600_000, zone);
  return toWall(earlier, zone) === wall && earlier < t ? earlier : t;
}

const names = new Map<string, string>();

/**
 * The zone as readers of `locale` name it at instant `t`: "GMT+3" for Moscow, "EDT" or "EST" for
 * New York, "UTC". Said wherever the axis shows hours.
 */
export function zoneName(t: number, zone: string, locale: string): string {
  const key = `${locale}|${zone}|${zoneOffset(t, zone)}`;
  let name = names.get(key);
  if (name === undefined) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    name = f.formatToParts(t).find((x) => x.type === 'timeZoneName')?.value ?? zone;
    names.set(key, name);
  }
  return name;
}
