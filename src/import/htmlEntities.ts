/**
 * HTML character references → characters, as the HTML spec decodes them (the `entities` package):
 * every named entity, the legacy ones without a semicolon (`&copy 2019`), and the numeric
 * references the spec remaps (`&#128;` is "€", as in Windows-1252, not an invisible control).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Decodes the references in text content, in one pass (so "&amp;lt;" → "&lt;"). */
export function decodeEntities(text: string): string {
  return plain(decodeHTML(text));
}

/**
 * Decodes the references in an attribute value (a link's `href`): there the spec leaves a legacy
 * name alone when a letter, digit or "=" follows it, so `?a=1&copy=2` keeps its query.
 */
export function decodeAttribute(value: string): string {
  return plain(decodeHTMLAttribute(value));
}

/** No-break spaces become plain spaces and soft hyphens go: the summary is reflowed text. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\u00ad/g, '');
}
