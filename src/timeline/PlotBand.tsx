/**
 * One band of the plot: the marks, cluster span lines and clusters of one layout (the plot's lanes
 * by time, or one row by person or topic). Memoised, so a band whose props did not change is not
 * rendered again: a row held still during a gesture (frame.ts, `held`) keeps its layout object, and
 * the band is skipped whole instead of every mark and cluster in it being compared.
 */
import { memo } from 'react';
import { bandScene, type BandInput } from './bandScene';
import { Mark } from './Mark';
import { ClusterMark, ClusterSpans } from './ClusterMark';
import { compactNumber } from '../format/intl';
import { withMatches } from './clusterMatches';
import { useT } from '../i18n/useT';
import { useStoryLang } from '../i18n/StoryLang';

/** Props of PlotBand: primitives and objects that keep their identity from frame to frame. */
export interface PlotBandProps extends BandInput {
  /** '' for the plot's lanes by time; a row's key (facets.ts, rowKey) for a row by person or topic. */
  bandKey: string;
  /** The plot's tab stop when it is in this band (a mark's index, or `c<bin>` for a cluster), else null. */
  stop: string | number | null;
  fontSize: number;
  nameOf: (i: number) => string;
  clusterName: (count: number, from: number, to: number) => string;
  locale: string;
  /** Opens the cluster of bin `bin` in the band `bandKey`. */
  onActivate: (bin: number, bandKey: string) => void;
}

/** One band's marks, then its clusters' span lines, then its clusters. */
export const PlotBand = memo(function PlotBand(p: PlotBandProps) {
  const t = useT();
  const storyLang = useStoryLang();
  const count = compactNumber(p.locale);
  const scene = bandScene(p);
  return (
    <>
      {scene.marks.map((m) => {
        const e = m.event;
        const { label } = m;
        return (
          <Mark
            key={e.id}
            id={e.id}
            index={m.index}
            kind={m.kind}
            x0={m.x0}
            x1={m.x1}
            cx={m.cx}
            collapsed={m.collapsed}
            y={m.y}
            height={m.height}
            labelX={label.x}
            label={label.lines}
            anchor={label.anchor}
            truncated={label.truncated}
            clip={label.clip}
            labelTail={label.tail}
            labelWidth={label.width}
            name={m.faded ? t('timeline.outsideFilters', { name: p.nameOf(m.index) }) : p.nameOf(m.index)}
            lang={storyLang}
            tabIndex={p.stop === m.index ? 0 : -1}
            selected={m.selected}
            faded={m.faded}
            fontSize={p.fontSize}
          />
        );
      })}
      {/* Clusters after the marks: in a row by person or topic they share the marks' lane, and a
          span running the row's length (a term in office) must not hide the pills of the events
          folded under it. */}
      <ClusterSpans y={scene.spanY} spans={scene.spans} />
      {scene.clusters.map(({ cluster: c, x0, x1, matches }, slot) => (
        <ClusterMark
          key={slot}
          bin={c.key}
          row={p.row ? p.bandKey : undefined}
          x0={x0}
          x1={x1}
          y={scene.clusterTop}
          height={scene.clusterHeight}
          label={count.format(c.count)}
          name={withMatches(p.clusterName(c.count, c.from, c.to), matches, t)}
          matches={matches}
          tabIndex={p.stop === `c${c.key}` ? 0 : -1}
          onActivate={p.onActivate}
        />
      ))}
    </>
  );
});
