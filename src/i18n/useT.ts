/**
 * The interface's language in React: App provides it (TranslateContext), every component that
 * shows words reads it with useT(). English when nothing provides one (a bare DatasetError, tests).
 */
import { createContext, useContext } from 'react';
import { translator, type Translate } from './i18n';

/** The translate function of the page's interface language. */
export const TranslateContext = createContext<Translate>(translator('en'));

/** The translate function of the page's interface language. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
