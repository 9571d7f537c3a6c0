/**
 * The story's language on its text, where the page speaks another (languages.ts, pageLanguage):
 * titles, summaries, quotes, names and dates in the story's locale carry its `lang`, so that a
 * screen reader reads them in their own voice rather than the interface's, hyphenation uses the
 * right dictionary, and Han characters take their language's forms. Nothing where the page
 * speaks the story's language: no attribute then (the prerendered story's markup is unchanged).
 */
import { createContext, useContext, type HTMLAttributes } from 'react';

/** The story's BCP 47 locale where the page's language differs; undefined where it does not. */
export const StoryLangContext = createContext<string | undefined>(undefined);

/** The `lang` for an element holding the story's text: undefined where the page speaks it. */
export function useStoryLang(): string | undefined {
  return useContext(StoryLangContext);
}

/**
 * The story's text set into the interface's: isolated (`<bdi>`, so that its direction does not
 * reorder the words around it) and in the story's language.
 */
export function Bdi(props: HTMLAttributes<HTMLElement>) {
  return <bdi lang={useStoryLang()} {...props} />;
}
