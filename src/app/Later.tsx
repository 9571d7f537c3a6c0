/**
 * Progressive hydration: what the reader sees first is hydrated first. main.tsx hydrates the
 * prerendered page in one pass (`hydrating`); a part of it wrapped in <Later> that is out of the
 * window then (below it, or not displayed: the rows further down a phone's timeline, the list
 * under the chart, "Who said what" in a closed sheet, the footer) is left as the server drew it,
 * and hydrated afterwards, one part per task, in page order. Hydrating the whole story at once was
 * one task of ~400 ms on a phone (4× CPU slowdown, `npm run bench`'s Lighthouse Total Blocking
 * Time); now the browser paints and answers input between the parts.
 *
 * How: in that first pass the part's gate throws a promise, which Preact's hydration takes as a
 * suspension. It keeps the part's markup as it is (one element: the part's root, found by `at`,
 * its id) and compat's Suspense resumes hydrating it when the promise resolves. Parts rendered
 * at any other time (a later re-render, a page drawn afresh, the server) render at once.
 *
 * A part the reader reaches for meanwhile (a press, a tap, focus) is hydrated at once,
 * before the press becomes a click: the app answers it as it answers the rest of the page. Until
 * its part is hydrated, the root is marked `data-later`.
 */
import { Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { nextTask } from './nextTask';

/** Marks a part's root while it waits to be hydrated. */
const LATER_ATTRIBUTE = 'data-later';

/** True only while the first hydration pass runs. */
let firstPass = false;
/** The page was hydrated (not rendered afresh, nor on the server): its parts go through Gate. Set once, before the first render. */
let parted = false;
/** The parts set aside, by id, until their turn: a re-render meanwhile leaves them waiting. */
const pending = new Map<string, Promise<void>>();
/** Their turns, in the order the pass met them. */
const turns: (() => void)[] = [];

/**
 * Runs `hydrate` (the synchronous first pass: `hydrateRoot`) with the parts out of view set aside,
 * then hydrates those one per task.
 */
export function hydrating(hydrate: () => void): void {
  firstPass = parted = true;
  try {
    hydrate();
  } finally {
    firstPass = false;
  }
  void (async () => {
    while (turns.length) {
      await nextTask();
      // (The reader may have taken the last turns meanwhile.)
      turns.shift()?.();
    }
  })();
}

/**
 * Sets the part rooted at `el` aside until its turn, or until the reader reaches for it (a press,
 * a tap, focus): then it is hydrated at once, before the press's click (or the key pressed next)
 * arrives, so the app answers it as it would any other.
 */
function setAside(at: string, el: Element): Promise<void> {
  el.setAttribute(LATER_ATTRIBUTE, '');
  const reached = ['pointerdown', 'focusin'] as const;
  let resolveTurn: () => void = () => undefined;
  const turn = new Promise<void>((resolve) => { resolveTurn = resolve; });
  const go = () => {
    if (!pending.has(at)) return;
    pending.delete(at);
    for (const type of reached) el.removeEventListener(type, now, true);
    resolveTurn();
  };
  const now = () => {
    const i = turns.indexOf(go);
    if (i >= 0) turns.splice(i, 1);
    go();
  };
  for (const type of reached) el.addEventListener(type, now, true);
  turns.push(go);
  pending.set(at, turn);
  return turn;
}

/**
 * Whether a part's root shows in the window now: displayed, not skipped by `content-visibility`,
 * and overlapping the viewport. (The page has painted; the first of these reads lays out again only
 * what main.tsx took out of it before hydrating: the layout not in view.)
 */
function inView(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ contentVisibilityAuto: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width + r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/** What each waiting part was first drawn with, as prerendered: what it is hydrated with. */
const asPrerendered = new Map<string, ReactNode>();

function Gate({ at, children }: { at: string; children: ReactNode }) {
  const waiting = pending.get(at);
  if (waiting) throw waiting;
  if (firstPass) {
    const el = document.getElementById(at);
    if (el && !inView(el)) {
      asPrerendered.set(at, children);
      throw setAside(at, el);
    }
  }
  // Hydration matches the markup to what it was drawn from, and leaves attributes as they are: a
  // part the app changed while it waited (an event chosen meanwhile opens the panel) is hydrated
  // as prerendered, then drawn as it is now, which changes what differs.
  const first = asPrerendered.get(at);
  const [, redraw] = useState(0);
  useLayoutEffect(() => {
    if (!asPrerendered.delete(at)) return;
    document.getElementById(at)?.removeAttribute(LATER_ATTRIBUTE);
    if (first !== children) redraw((n) => n + 1);
    // Once, as the part is hydrated.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at]);
  return asPrerendered.has(at) ? first : children;
}

/** Props of Later. */
export interface LaterProps {
  /** The id of the one element `children` render (the part's root), as prerendered. */
  at: string;
  children: ReactNode;
}

/** A part of the page hydrated after what is in view (see above); on a page drawn afresh, just `children`. */
export function Later({ at, children }: LaterProps) {
  return parted ? <Suspense fallback={null}><Gate at={at}>{children}</Gate></Suspense> : children;
}
