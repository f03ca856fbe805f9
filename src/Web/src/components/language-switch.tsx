import { Segmented } from 'antd';
import { useLocale, useT, type Locale } from '@/lib/i18n';

const options: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('language.switch')}
      data-testid="language-switch"
      options={options}
      value={locale}
      onChange={setLocale}
    />
  );
}
