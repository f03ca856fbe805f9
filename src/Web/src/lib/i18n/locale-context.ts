import { createContext, useContext } from 'react';
import { DEFAULT_LOCALE, type Locale } from './messages';

export interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}
