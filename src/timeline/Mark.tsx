/**
 * One event on the plot: a focusable button (in the marks' single tab stop) named by its title and
 * date, drawn by precision (marks.ts): a dot for a sure date, a dashed hollow band for a month or a
 * year, a solid band for a range. The visible title is decorative (aria-hidden): the name carries it,
 * and a shortened title is its first whole words followed by drawn dots (titleLabel.ts), so that
 * what is seen is always the start of the name (WCAG 2.5.3); its whole text shows in a tooltip on
 * hover and focus.
 *
 * A mark has no listeners of its own (markOf.ts): the plot answers clicks and hover for every mark
 * and the timeline's section their focus, since a zoom creates and re-renders hundreds of marks per
 * frame and five listeners each were ~8% of a zoom step's script at 10,000 events.
 */
import { memo } from 'react';
import { offset } from './offset';
import { drawnWidth, labelLeft } from './titleLabel';
import { COLLAPSED_DASH, POINT_R, UNCERTAIN_DASH, glyphBand, type MarkScene } from './bandScene';

/**
 * Props of Mark: where its glyph is, how its date is drawn and its state, as the band's scene
 * says (bandScene.ts, MarkScene: `height` is the lane's, the target's height), then its title.
 */
export interface MarkProps extends Pick<MarkScene, 'index' | 'kind' | 'x0' | 'x1' | 'cx' | 'collapsed' | 'y' | 'height' | 'selected' | 'faded'> {
  /** The event's id, written to data-event-id. */
  id: string;
  /** Where the title starts (or, with anchor "end", ends), px. */
  labelX: number;
  /** The title as shown, in lines of whole words (several when wrapped; none when hidden). */
  label: string[];
  /** Which end of the title `labelX` is. */
  anchor: 'start' | 'end';
  /** The title is shortened: three dots follow its last line (drawn, so that the visible text stays a part of the name). */
  truncated: boolean;
  /** The last line is one word wider than its room: drawn whole, clipped to `labelTail`, starting at the clip's left or right edge (titleLabel.ts). */
  clip: 'ltr' | 'rtl' | null;
  /** Width of the widest shown line, px. */
  labelWidth: number;
  /** Width of the last line as drawn, px (the dots follow it). */
  labelTail: number;
  /** Accessible name: the whole title and the date. */
  name: string;
  /** The story's language where the page speaks another (src/i18n/StoryLang.tsx): its title's and name's. */
  lang?: string;
  /** 0 for the one mark in the tab order, else -1. */
  tabIndex: number;
  /** Title size, px. */
  fontSize: number;
}

const R = POINT_R;
/** The dashes as SVG writes them. */
const COLLAPSED_DASHARRAY = COLLAPSED_DASH.join(' ');
const UNCERTAIN_DASHARRAY = UNCERTAIN_DASH.join(' ');

/** What Glyph draws, in the mark's own coordinates (x from the glyph's centre). */
type GlyphProps = Pick<MarkProps, 'kind' | 'collapsed' | 'selected'> & { x0: number; x1: number; mid: number; band: number };

/**
 * The glyph (class tl-glyph, which names it for the tests and tools), drawn about x = 0 (the mark's group is moved to the event's instant). Memoised: while
 * a zoom moves a point, its glyph's props do not change, and the glyph is not redrawn at all.
 */
const Glyph = memo(function Glyph({ kind, x0, x1, collapsed, mid, band, selected }: GlyphProps) {
  const sel = selected ? 'stroke-(--tl-selected)' : '';
  if (kind === 'point') {
    return <circle cy={mid} r={selected ? R + 1 : R} className={`tl-glyph ${selected ? 'fill-(--tl-selected)' : 'fill-(--tl-mark)'}`} />;
  }
  if (collapsed) {
    return kind === 'range'
      ? <rect x={-R} y={mid - R} width={2 * R} height={2 * R} rx={2} className={`tl-glyph ${selected ? 'fill-(--tl-selected)' : 'fill-(--tl-range)'}`} />
      : <circle cy={mid} r={R - 0.75} strokeWidth={2} strokeDasharray={COLLAPSED_DASHARRAY} className={`tl-glyph fill-(--tl-surface) ${sel || 'stroke-(--tl-mark-uncertain)'}`} />;
  }
  const common = { x: x0, y: mid - band / 2, width: Math.max(1, x1 - x0), height: band, rx: 4 };
  return kind === 'range'
    ? <rect {...common} strokeWidth={1.5} className={`tl-glyph fill-[color-mix(in_srgb,var(--tl-range)_24%,var(--tl-surface))] ${sel || 'stroke-(--tl-range)'}`} />
    : <rect {...common} strokeWidth={1.5} strokeDasharray={UNCERTAIN_DASHARRAY} className={`tl-glyph fill-[color-mix(in_srgb,var(--tl-mark-uncertain)_7%,var(--tl-surface))] ${sel || 'stroke-(--tl-mark-uncertain)'}`} />;
});

/** What a title needs to be drawn. */
type TitleProps = Pick<MarkProps, 'labelX' | 'label' | 'anchor' | 'truncated' | 'clip' | 'labelWidth' | 'labelTail' | 'fontSize' | 'selected' | 'faded'> & {
  /** The lane's middle line, px from the lane's top. */
  mid: number;
  /** Draw a plate of the surface colour under it, so that neighbours' titles never show through. */
  plate: boolean;
};

/**
 * A mark's title: one line, or several (a wrapped whole title), growing down from the lane's middle
 * so that the first line stays beside the glyph. Memoised (lines compared by content): a zoom
 * moves most titles without changing them.
 */
const Title = memo(function Title(p: TitleProps) {
  const lineHeight = p.fontSize * 1.2;
  const textLeft = labelLeft({ x: p.labelX, width: p.labelWidth, anchor: p.anchor });
  const n = p.label.length - 1;
  // The lines drawn as one text; a clipped last line is drawn apart, in a viewport of its width.
  const lines = p.clip ? p.label.slice(0, n) : p.label;
  const lastMid = p.mid + n * lineHeight;
  const className = `tl-title font-serif ${p.selected ? 'font-semibold' : ''} ${p.faded ? 'fill-(--tl-muted)' : 'fill-(--tl-fg)'}`;
  return (
    <>
      {p.plate && (
        <rect x={textLeft - 4} y={p.mid - lineHeight / 2 - 2} width={drawnWidth({ width: p.labelWidth, tail: p.labelTail, truncated: p.truncated }) + 8}
          height={p.label.length * lineHeight + 4} rx={4} className="fill-(--tl-surface) opacity-95" />
      )}
      {/* Clicks go through the title to the mark's target below it, which never changes under the
          pointer (a title re-drawn on focus, between press and release, would swallow the click).
          unicode-bidi plaintext: each line takes its direction from its own first strong letter, so
          a Hebrew title ending in "NATO" reads right to left with the acronym at its visual end. */}
      {/* One line is the text itself; lines after it are tspans (a zoom creates many one-line titles). */}
      {lines.length > 0 && (
        <text aria-hidden="true" x={p.labelX} y={p.mid} dy={lines.length === 1 ? '0.35em' : undefined}
          textAnchor={p.anchor === 'end' ? 'end' : undefined} unicodeBidi="plaintext" fontSize={p.fontSize} className={className}>
          {/* The space between lines keeps the words apart in the text content, as in the name. */}
          {lines.length === 1 && !p.clip
            ? lines[0]
            : lines.map((line, i) => <tspan key={i} x={p.labelX} dy={i === 0 ? '0.35em' : lineHeight}>{i < lines.length - 1 || p.clip ? `${line} ` : line}</tspan>)}
        </text>
      )}
      {/* direction ltr: "end" is the right edge whatever the page's direction. */}
      {p.clip && (
        <svg x={textLeft} y={lastMid - lineHeight / 2} width={p.labelTail} height={lineHeight} overflow="hidden" aria-hidden="true">
          <text x={p.clip === 'rtl' ? p.labelTail : 0} y={lineHeight / 2} dy="0.35em" direction="ltr" textAnchor={p.clip === 'rtl' ? 'end' : 'start'}
            unicodeBidi="plaintext" fontSize={p.fontSize} className={className}>{p.label[n]}</text>
        </svg>
      )}
      {/* Three dots as one path of zero-length segments with round caps: one element per
          shortened title rather than four, created and moved in every frame of a zoom. */}
      {p.truncated && (
        <path aria-hidden="true" data-ellipsis="" d={`M${textLeft + p.labelTail + 3} ${lastMid + p.fontSize * 0.3}h0m3.5 0h0m3.5 0h0`}
          strokeWidth={2.2} strokeLinecap="round" className={p.faded ? 'stroke-(--tl-muted)' : 'stroke-(--tl-fg)'} />
      )}
    </>
  );
}, (a, b) => {
  const keys = Object.keys(a) as (keyof TitleProps)[];
  return keys.every((k) => k === 'label' ? a.label.length === b.label.length && a.label.every((l, i) => l === b.label[i]) : a[k] === b[k]);
});

/**
 * The whole title of the selected or focused mark again, over every other mark: drawn in a layer
 * of its own at the end of the plot (the marks themselves keep their order, since moving a node
 * between a press and its release would swallow the click). Decorative; clicks pass through.
 * `painted`: its band is on the gesture layer (GestureLayer.tsx) for now, and it is unseen here.
 */
export function TitleOverlay({ painted, lang, ...p }: TitleProps & { id: string; y: number; height: number; painted?: boolean; lang?: string }) {
  return (
    <g aria-hidden="true" lang={lang} pointerEvents="none" transform={`translate(0 ${p.y})`} data-title-for={p.id} className={painted ? 'hidden' : 'print:hidden'}>
      <Title {...p} mid={p.height / 2} plate />
    </g>
  );
}

/**
 * One event mark. Its group is moved to the event's instant (`cx`) and everything in it is drawn
 * relative to that, so that a zoom, which moves every mark in view in every frame, changes one
 * attribute of a point mark rather than one on each of its parts, and redraws nothing inside it.
 */
export const Mark = memo(function Mark(p: MarkProps) {
  const mid = p.height / 2;
  const band = glyphBand(p.height);
  const shown = p.label.length > 0;
  const at = p.cx;
  const rel = (x: number) => offset(x, at);
  const labelX = rel(p.labelX);
  const textLeft = labelLeft({ x: labelX, width: p.labelWidth, anchor: p.anchor });
  const x0 = rel(p.x0);
  const x1 = rel(p.x1);
  const left = Math.min(x0, -12, shown ? textLeft : Infinity) - 3;
  const right = Math.max(x1, 12, shown ? textLeft + drawnWidth({ width: p.labelWidth, tail: p.labelTail, truncated: p.truncated }) : 0) + 3;
  const glyph = <Glyph kind={p.kind} x0={x0} x1={x1} collapsed={p.collapsed} mid={mid} band={band} selected={p.selected} />;
  return (
    <g
      role="button"
      tabIndex={p.tabIndex}
      aria-label={p.name}
      lang={p.lang}
      aria-pressed={p.selected}
      data-event-id={p.id}
      data-faded={p.faded ? 'true' : undefined}
      data-shortened={p.truncated ? '' : undefined}
      transform={`translate(${at} ${p.y})`}
      className="group cursor-pointer outline-none!"
    >
      {/* The target: unpainted (fill none, hit all: app.css, .tl-target) until hovered or focused. */}
      <rect x={left} y={1} width={right - left} height={p.height - 2}
        className="tl-target group-hover:fill-[color-mix(in_srgb,var(--tl-mark)_7%,transparent)] group-focus-visible:stroke-(--tl-focus)" />
      {p.faded ? <g className="opacity-30">{glyph}</g> : glyph}
      {shown && <Title labelX={labelX} label={p.label} anchor={p.anchor} truncated={p.truncated} clip={p.clip} labelWidth={p.labelWidth}
        labelTail={p.labelTail} fontSize={p.fontSize} selected={p.selected} faded={p.faded} mid={mid} plate={false} />}
    </g>
  );
});
