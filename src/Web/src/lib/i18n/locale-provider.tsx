import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LocaleContext } from './locale-context';
import { readStoredLocale, storeLocale } from './locale-store';
import type { Locale } from './messages';

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
