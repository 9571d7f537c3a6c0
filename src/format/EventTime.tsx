/**
 * An event's date as the dataset's locale writes it ("14 July 2015"), in a <time> isolated from
 * the text around it (dir="auto", which HTML isolates): a date starting with digits, in a page or
 * a line of the other direction (an English story under an Arabic interface), otherwise had its
 * words reordered by the bidi algorithm ("July 2015 14").
 */
import type { TimelineEvent } from '../dataset/model';
import { datetimeAttr, formatEventDate } from './dates';
import { useStoryLang } from '../i18n/StoryLang';

/** Props of EventTime. */
export interface EventTimeProps {
  event: Pick<TimelineEvent, 'start' | 'end'>;
  /** BCP 47 locale of the dataset's dates. */
  locale: string;
  /** With the weekday ("Tuesday, 14 May 2019"), as the event's panel gives it. */
  long?: boolean;
}

/** `<time datetime dir="auto">` holding formatEventDate's words. */
export function EventTime({ event, locale, long = false }: EventTimeProps) {
  const storyLang = useStoryLang();
  return <time dateTime={datetimeAttr(event)} dir="auto" lang={storyLang}>{formatEventDate(event, locale, long)}</time>;
}
