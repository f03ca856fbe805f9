import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useLocale, type Locale } from '@/lib/i18n';

const antdLocales = { 'zh-CN': zhCN, 'en-US': enUS } satisfies Record<Locale, unknown>;
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

/** Ant Design follows the chosen language; `App` gives message/modal hooks the same context. */
export function AntdConfig({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  dayjs.locale(dayjsLocales[locale]);
  return (
    <ConfigProvider locale={antdLocales[locale]}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
