/**
 * Rounds the SVG geometry of prerendered markup to hundredths of a pixel: the layout computes
 * positions as doubles ("11.753711031324665"), which the HTML would otherwise carry digit for
 * digit, over a hundred of them, and random digits are what gzip compresses worst. A hundredth
 * of a pixel is below anything a screen or print shows; the app redraws exact values on hydration.
 * Only geometry attributes are touched, never text or names.
 */

const GEOMETRY = /(\s(?:x|y|x1|x2|y1|y2|cx|cy|r|rx|width|height|d|transform|viewBox)=")([^"]*)"/g;
const LONG = /-?\d+\.\d{3,}/g;

/** `html` with every number of more than two decimals in a geometry attribute rounded to two. */
export function roundGeometry(html: string): string {
  return html.replace(GEOMETRY, (_, name: string, value: string) => `${name}${value.replace(LONG, (n) => String(Math.round(Number(n) * 100) / 100))}"`);
}
