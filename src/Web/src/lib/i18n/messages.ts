export type Locale = 'zh-CN' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;
export type MessageValues = Record<string, string | number>;

/** A feature's messages: zh-CN is the source of keys, en-US must translate every one of them. */
export function defineMessages<K extends string>(zhCN: Record<K, string>, enUS: NoInfer<Record<K, string>>): Dictionary<K> {
  return { 'zh-CN': zhCN, 'en-US': enUS };
}

export function interpolate(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
