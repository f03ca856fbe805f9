export { LocaleProvider } from './locale-provider';
export { useLocale, type LocaleState } from './locale-context';
export { useT, type TFunction } from './use-t';
export { defineMessages, LOCALES, DEFAULT_LOCALE, type Dictionary, type Locale } from './messages';
export { LOCALE_STORAGE_KEY } from './locale-store';
