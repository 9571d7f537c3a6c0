/**
 * Topics for imported slides: one per TimelineJS group, labelled as the group was written, and
 * "era" for the slides that were eras.
 */
import type { RawTopic } from '../dataset/raw';
import { MAX_TITLE_CHARS } from '../dataset/limits';
import { htmlToLine } from './plainText';
import { shorten } from './report';
import { claimUnique, slugify } from './slug';

/** The topic every imported era carries. */
export const ERA_TOPIC: RawTopic = { id: 'era', label: 'Era' };

/** Topics made from group names (labels kept as written), plus "era" when there are eras. */
export class Topics {
  readonly list: RawTopic[] = [];
  private readonly idByLabel = new Map<string, string>();
  private readonly ids = new Set<string>();

  constructor(withEras: boolean) {
    if (withEras) this.claim(ERA_TOPIC.label, ERA_TOPIC.id);
  }

  /** The topic id for a group name, made on first use. */
  forGroup(group: string): string {
    const label = shorten(htmlToLine(group), MAX_TITLE_CHARS) || 'Untitled group';
    return this.idByLabel.get(label) ?? this.claim(label, slugify(label, 'topic'));
  }

  private claim(label: string, base: string): string {
    const id = claimUnique(base, this.ids);
    this.idByLabel.set(label, id);
    this.list.push({ id, label });
    return id;
  }
}
