/**
 * The window's title: the story's, or with an event open (or on the event's own page,
 * scripts/prerender.ts) "<event> — <story>". One definition, so the prerendered page's title and
 * the one the app writes once it runs are the same text.
 */
export function pageTitle(storyTitle: string, eventTitle?: string | null): string {
  return eventTitle ? `${eventTitle} — ${storyTitle}` : storyTitle;
}
