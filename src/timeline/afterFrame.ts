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
  const entry = { fn, live: true };
  queue.push(entry);
  port().postMessage(null);
  return () => {
    entry.live = false;
  };
}

/** Callbacks waiting, in order: each message runs the oldest. */
const queue: { fn: () => void; live: boolean }[] = [];
let sender: MessagePort | null = null;

/**
 * One channel for every call: making a MessageChannel per zoom step cost more than the message
 * (about 1.5 ms of a step at 4× CPU slowdown).
 */
function port(): MessagePort {
  if (!sender) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const entry = queue.shift();
      if (entry?.live) entry.fn();
    };
    // Node (the unit tests) would otherwise stay alive for the open port; browsers have no unref.
    (channel.port1 as { unref?: () => void }).unref?.();
    sender = channel.port2;
  }
  return sender;
}
