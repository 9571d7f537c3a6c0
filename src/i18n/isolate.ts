/**
 * Dataset text put into an interface string that is used as plain text (an aria-label shown as a
 * heading too, for one): wrapped in Unicode's first-strong isolate (U+2068 … U+2069), which is what
 * <bdi> does in markup, so that a date or a name in one direction keeps its order inside a sentence
 * in the other ("14 مايو 2019" in an English heading, "14 July 2015" in an Arabic one).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
