/**
 * The child side of NPR's pym.js 1.x message protocol, as pure functions. Newsroom CMSs and
 * loaders (pym.Parent, NPR's and Reuters' loaders) size an iframe from these messages, so the embed
 * speaks it without shipping pym's own child library.
 *
 * A message is one string: "pym" D childId D type D payload, with D = "xPYMx". The parent names
 * the child in the iframe's query (`childId`, plus `initialWidth`, `parentTitle`, `parentUrl`) and
 * sends `width`; the child sends `height`. Everything received is untrusted: only the shape is
 * read, and nothing received is ever navigated to or rendered.
 */

const DELIMITER = 'xPYMx';
/** Longer strings are not pym messages we handle; refusing them bounds the work per message. */
const MAX_MESSAGE_LENGTH = 512;
/** pym uses the container element's id; anything outside HTML-id-ish characters is refused. */
const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
/** pym's message types are short words (height, width, navigateTo, scrollToChildPos…). */
const TYPE = /^[A-Za-z-]{1,40}$/;

/** The query parameters pym's parent adds to the iframe's URL. */
export const PYM_QUERY_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

/** One parsed pym message. */
export interface PymMessage {
  type: string;
  payload: string;
}

/** What the parent told the child in the URL; parentTitle and parentUrl are deliberately not kept. */
export interface PymParams {
  /** The id to address messages with; null when the page was not framed by a pym parent. */
  childId: string | null;
  initialWidth: number | null;
}

/** AMP's resize request (amp-iframe), also understood by several non-pym hosts. */
export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** True when `id` can safely address pym messages (no delimiter, no regex or HTML specials). */
export function isPymId(id: string): boolean {
  return ID.test(id) && !id.includes(DELIMITER);
}

/** Builds a pym message string. Throws on an id or type that would make an unparseable message. */
export function formatPymMessage(childId: string, type: string, payload: string): string {
  if (!isPymId(childId)) throw new Error(`Not a pym child id: ${JSON.stringify(childId)}`);
  if (!TYPE.test(type) || type.includes(DELIMITER)) throw new Error(`Not a pym message type: ${JSON.stringify(type)}`);
  return ['pym', childId, type, payload].join(DELIMITER);
}

/** The `height` message for `px` (whole pixels, as pym's parent reads them). */
export function pymHeightMessage(childId: string, px: number): string {
  return formatPymMessage(childId, 'height', String(Math.max(0, Math.ceil(px))));
}

/** AMP's `embed-size` message for `px`. */
export function ampSizeMessage(px: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: Math.max(0, Math.ceil(px)) };
}

/**
 * Parses `data` as a pym message addressed to `childId`; null for anything else: non-strings,
 * other protocols, other children, malformed or oversized messages.
 */
export function parsePymMessage(data: unknown, childId: string): PymMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH || !isPymId(childId)) return null;
  const prefix = `pym${DELIMITER}${childId}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const cut = rest.indexOf(DELIMITER);
  if (cut < 0) return null;
  const type = rest.slice(0, cut);
  if (!TYPE.test(type)) return null;
  return { type, payload: rest.slice(cut + DELIMITER.length) };
}

/** Reads a pixel count as pym sends it ("730"); null unless a whole number from 0 to 100000. */
export function parsePixels(payload: string): number | null {
  if (!/^\d{1,6}$/.test(payload)) return null;
  const n = Number(payload);
  return n <= 100_000 ? n : null;
}

/** Reads pym's parameters from a query string; a malformed childId counts as none. */
export function readPymParams(search: string): PymParams {
  const params = new URLSearchParams(search);
  const id = params.get('childId');
  const width = params.get('initialWidth');
  return {
    childId: id !== null && isPymId(id) ? id : null,
    initialWidth: width === null ? null : parsePixels(width),
  };
}

/**
 * `href` without pym's parameters, so that links made from the page's address (the footer's
 * "full timeline", "copy link") neither carry the host's URL and title nor look framed.
 */
export function withoutPymParams(href: string): string {
  const url = new URL(href);
  // Untouched when there is nothing to strip: deleting re-encodes the rest of the query.
  if (!PYM_QUERY_PARAMS.some((key) => url.searchParams.has(key))) return href;
  for (const key of PYM_QUERY_PARAMS) url.searchParams.delete(key);
  return url.href;
}
