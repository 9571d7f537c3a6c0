/**
 * The width at and under which `layout=auto` is the phone's vertical timeline, px; the same number
 * is in app.css. A module of its own so that the prerender (Node, no React) reads it too.
 */
export const VERTICAL_MAX_PX = 640;
