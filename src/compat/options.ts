/**
 * Where Preact's compatibility layer and React differ in a way the app can see, put right once for
 * every element (installed by ./react.js and the JSX runtimes beside it, which every component loads; they are
 * plain JavaScript because Preact types `preact/compat` with `export =`, which TypeScript cannot
 * re-export, and the app is type-checked against React's types anyway).
 *
 * - `tabIndex` on SVG elements: Preact writes SVG props as attributes by their prop name, so an
 *   SVG `<g tabIndex={0}>` rendered in the browser gets an attribute `tabIndex` that is not
 *   `tabindex` (SVG attribute names keep their case) and the mark cannot take focus. React writes
 *   `tabindex`. The lower-case name is right for HTML elements too (Preact sets HTML `tabIndex` by
 *   attribute as well), and it is what the prerendered HTML already has.
 * - When effects run: React runs the effects of a render that a key press or a click caused before
 *   it handles the next input; Preact waits for the next frame. A key pressed again within that
 *   frame (key repeat, a quick reader, a test) met state its effects had not yet updated, and focus
 *   could stop moving. Preact's hook for that wait is `options.requestAnimationFrame`: effects now
 *   run in a microtask after the render, before the next input and before paint.
 *
 * And one cost: the compatibility layer gives an element's props both `class` and `className`
 * (React's name), and Preact writes each, so every element was created with its class set twice
 * (on SVG both are the `class` attribute). `class` alone is kept: a zoom creates hundreds of marks.
 */
import { options, type VNode } from 'preact';

(options as { requestAnimationFrame?: (flush: () => void) => void }).requestAnimationFrame = (flush) => queueMicrotask(flush);

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  previous?.(vnode);
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type !== 'string' || !props) return;
  if (props.tabIndex !== undefined) {
    props.tabindex = props.tabIndex;
    // Not `delete`: that would turn every mark's props into a slow dictionary object, and marks are
    // re-rendered on every frame of a zoom.
    props.tabIndex = undefined;
  }
  // An own data property only: given `class` alone, the layer defines `className` as a getter of it.
  if (props.className !== undefined && Object.prototype.propertyIsEnumerable.call(props, 'className')) props.className = undefined;
};
