/**
 * TimelineJS 3 data as both of its forms (the JSON format and the Google-spreadsheet template)
 * read into one shape, so one converter serves both. Every value is kept as the text it was
 * written as; interpreting it (is "07" a month?) is the converter's job, which reports what fails.
 */

/** A TimelineJS date object; each part as written ("2018", "7"), absent when not given. */
export interface TlDate {
  year?: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
  millisecond?: string;
  display_date?: string;
  format?: string;
}

/** A TimelineJS media object. */
export interface TlMedia {
  url?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
  link_target?: string;
}

/** A slide: an event, an era or the title slide. Text fields hold TimelineJS HTML. */
export interface TlSlide {
  /** Where the slide stands in the input, for the report: "events[3]", "eras[0]", "title", "row 7". */
  where: string;
  start_date?: TlDate;
  end_date?: TlDate;
  headline?: string;
  text?: string;
  media?: TlMedia;
  group?: string;
  display_date?: string;
  /** The background as written (a URL or a colour); only ever reported. */
  background?: string;
  autolink?: string;
  unique_id?: string;
}

/** Names the place of one field of a slide for the report, in the input's own terms. */
export type Locate = (where: string, field: string) => string;

/** A whole TimelineJS timeline. */
export interface TlDocument {
  title?: TlSlide;
  events: TlSlide[];
  eras: TlSlide[];
  scale?: string;
  locate: Locate;
}

/** JSON paths: `events[3]` + `media.url` → `events[3].media.url`. */
export const jsonLocate: Locate = (where, field) => `${where}.${field}`;
