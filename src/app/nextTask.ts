/**
 * Resolves in a later task, so that the browser can paint and answer input in between: the
 * Prioritized Task Scheduling API's `scheduler.yield()` where there is one (the rest of the work
 * keeps its place ahead of other tasks), else a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
