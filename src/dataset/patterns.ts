/**
 * The format's string patterns: the one definition each. The parser tests values against them,
 * the JSON Schema (generated, see jsonSchema.ts) states them, and the preprocessor, the import and
 * the page options check ids with the same EVENT_ID.
 */

/** Event ids go into URLs (`#event=…`): lowercase ASCII letters, digits and hyphens, starting with a letter or digit. */
export const EVENT_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * ISO 8601 with implied precision ("2018", "2018-07", "2018-07-16", "2019-05-14T18:00+03:00"), years
 * before AD 1 as signed expanded years of four to six digits ("-0043-03-15", "+10000"). Groups: year,
 * month, day, hour, minute, second, zone. Calendar rules (month 13, "-0000") are isoDate.ts's.
 */
export const ISO_DATE = /^([+-]\d{4,6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** A BCP 47 language tag in its common shapes: "en", "pt-BR", "zh-Hant-TW". */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * The shape of an IANA time zone name ("Europe/Moscow", "America/Argentina/Buenos_Aires", "UTC").
 * Whether the zone exists is asked of the runtime's tz database (timeZone.ts).
 */
export const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
