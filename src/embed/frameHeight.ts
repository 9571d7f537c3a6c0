/**
 * The plain iframe's height: one number per story, the same on every machine, that holds the
 * whole embed (title, chart, controls, credit line with "Sources" and "Open the full timeline") in
 * every column from NARROWEST_COLUMN px up. The embed is tallest in the narrowest column (the
 * title and credit wrap most, and the plot uses its touch layout), so that is the height to give.
 *
 * Measured at build time (scripts/oembed.ts writes dist/embed-size.json) in a NARROWEST_COLUMN px
 * frame and a touch-layout article-width frame; the dialog reads that file, and falls back to
 * estimateFrameHeight for a dataset given by `?data=`. Nothing is measured on the editor's device,
 * whose pointer and fonts would change the code.
 */
import type { Timeline } from '../dataset/model';

/** The narrowest column the plain iframe is sized for, px. */
export const NARROWEST_COLUMN = 300;

/** Room for a line more of title and of credit in fonts wider than the ones measured with, px. */
export const FONT_MARGIN = 40;

/** The shape of dist/embed-size.json. */
export interface EmbedSize {
  /** The plain iframe's height, px. */
  height: number;
  /** Column width (px) → measured content height (px). */
  measured: Record<string, number>;
}

/** Reads dist/embed-size.json's text; null when it is not that shape. */
export function parseEmbedSize(value: unknown): EmbedSize | null {
  if (typeof value !== 'object' || value === null) return null;
  const { height, measured } = value as { height?: unknown; measured?: unknown };
  if (typeof height !== 'number' || !Number.isInteger(height) || height < 150 || height > 5000) return null;
  if (typeof measured !== 'object' || measured === null) return null;
  const entries = Object.entries(measured).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]));
  return { height, measured: Object.fromEntries(entries) };
}

/** The frame height for the measured content heights: the tallest, plus FONT_MARGIN. */
export function frameHeightFrom(measured: readonly number[]): number {
  return Math.min(5000, Math.max(150, Math.ceil(Math.max(0, ...measured) + FONT_MARGIN)));
}

/**
 * The embed's height in a NARROWEST_COLUMN px column, estimated from what varies with the story
 * (its title and the credit line) over the fixed height of the rest, plus FONT_MARGIN. Only a
 * fallback for datasets the build has not measured; deterministic, so every machine agrees.
 */
export function estimateFrameHeight(timeline: Timeline): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
  const credit = timeline.sources.map((s) => `${s.publisher}, “${s.headline}” · `).join('') + 'Sources: · Open the full timeline ↗';
  // 18 px serif title beside the "Who said what" button; 12 px credit line across the column.
  const title = 16 + 23 * lines(timeline.title, 18);
  const footer = 20 + 16 * lines(credit, 44);
  return frameHeightFrom([title + REST_AT_NARROWEST + footer]);
}

/** Filters, toolbar, plot and overview in a NARROWEST_COLUMN px column (calibrated on the built-in story). */
const REST_AT_NARROWEST = 535;
