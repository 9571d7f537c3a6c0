/**
 * Plain text drawn as paragraphs (<p>, with <br> for line breaks inside one). Text is rendered as
 * React text nodes: whatever it contains, it is never parsed as HTML.
 */
import { Fragment } from 'react';
import { paragraphs } from '../format/paragraphs';
import { useStoryLang } from '../i18n/StoryLang';

/** Props of Paragraphs. */
export interface ParagraphsProps {
  /** Plain text, paragraphs separated by a blank line (src/dataset/raw.ts, `summary`). */
  text: string;
  /** Classes of each <p>; the first also gets `firstClassName`. */
  className?: string;
  /** Extra classes for the first paragraph (its top margin, usually). */
  firstClassName?: string;
  /** Extra classes for the others (the space between paragraphs). */
  restClassName?: string;
}

/** The paragraphs of a text. */
export function Paragraphs({ text, className = '', firstClassName = '', restClassName = 'mt-2' }: ParagraphsProps) {
  const storyLang = useStoryLang();
  return (
    <>
      {paragraphs(text).map((lines, i) => (
        <p key={i} dir="auto" lang={storyLang} className={`${className} ${i === 0 ? firstClassName : restClassName}`.trim()}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
