/**
 * Runs `fn` in a task of its own after the next frame has painted (at once, in a task, in a hidden
 * page, which paints none, or where there is no page: a unit test's): the page's styles and layout
 * are clean then, so reading them is cheap. Returns a function that cancels it.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const later = () => { timer = setTimeout(fn, 0); };
  if (typeof document === 'undefined' || document.hidden) later();
  else frame = requestAnimationFrame(later);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
