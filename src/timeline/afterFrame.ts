/**
 * Runs `fn` in a task of its own, queued now: after the frame being drawn has been painted, and
 * before the next frame unless the page is busy. Returns a function that cancels it.
 *
 * Why not requestAnimationFrame, for a zoom gesture's render: a render started there is laid out
 * and painted in the same frame, and on a slow phone (4× CPU slowdown) a zoom step's script plus
 * the browser's layout and paint of its result overran the 16.7 ms frame. In a task, the script
 * runs between frames and the next frame only lays out and paints, as React's scheduler runs its
 * updates. The bench's zoom p95 (`npm run bench`) measures it.
 */
export function afterFrame(fn: () => void): () => void {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}
