import { useCallback } from 'react';
import { commonMessages, type CommonKey } from '@/locales/common';
import { useLocale } from './locale-context';
import { interpolate, type Dictionary, type MessageValues } from './messages';

export type TFunction<K extends string = never> = (key: K | CommonKey, values?: MessageValues) => string;

/** Translates the shared messages plus, when given, a feature's own dictionary. */
export function useT<K extends string = never>(dictionary?: Dictionary<K>): TFunction<K> {
  const { locale } = useLocale();
  return useCallback<TFunction<K>>(
    (key, values) => {
      const own = dictionary?.[locale] as Record<string, string> | undefined;
      const common = commonMessages[locale] as Record<string, string>;
      return interpolate(own?.[key] ?? common[key] ?? key, values);
    },
    [dictionary, locale],
  );
}
