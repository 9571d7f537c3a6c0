/**
 * An event's date line: its date and, when it has one, its place ("14 MAY 2019 · Sochi, Russia"),
 * as the list of events, the phone's rows and the print view head each event. The place is the
 * story's words, isolated (Bdi); `className` sizes the line for where it stands.
 */
import type { TimelineEvent } from '../dataset/model';
import { EventTime } from './EventTime';
import { Bdi } from '../i18n/StoryLang';

/** Props of DatePlace. */
export interface DatePlaceProps {
  event: TimelineEvent;
  locale: string;
  className: string;
}

export function DatePlace({ event, locale, className }: DatePlaceProps) {
  return (
    <p className={className}>
      <EventTime event={event} locale={locale} />
      {event.place && <span className="font-normal normal-case tracking-normal"> · <Bdi>{event.place}</Bdi></span>}
    </p>
  );
}
