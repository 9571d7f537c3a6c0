/**
 * Messages with markup in them ("… says “<bdi>headline</bdi>” …"): the message is translated with
 * a placeholder for each part, then split there and the parts (React nodes: <bdi>, <code>, <b>)
 * put in, so that translators move the parts with the sentence and dataset text stays isolated.
 */
import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues, Translate } from './i18n';

// Private-use characters that never occur in a catalog or a value.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * `id` translated, with each of `parts` (a value of the message) rendered as the node given.
 * @param values plain values (numbers, strings), as for t()
 */
export function rich(t: Translate, id: MessageId, parts: Record<string, ReactNode>, values: MessageValues = {}): ReactNode {
  const marks: MessageValues = { ...values };
  for (const name of Object.keys(parts)) marks[name] = `${OPEN}${name}${CLOSE}`;
  const text = t(id, marks);
  const out: ReactNode[] = [];
  const pattern = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(<Fragment key={out.length}>{parts[m[1]!]}</Fragment>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
