import { DEFAULT_LOCALE, LOCALES, type Locale } from './messages';

export const LOCALE_STORAGE_KEY = 'jiafu.locale';

export function readStoredLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
  return LOCALES.find((locale) => locale === stored) ?? DEFAULT_LOCALE;
}

export function storeLocale(locale: Locale) {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
}
