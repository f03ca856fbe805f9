import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Empty } from 'antd';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from '@/components/language-switch';
import { useT } from '@/lib/i18n';
import { AppProvider } from './provider';

function Greeting() {
  const t = useT();
  return <h1>{t('menu.users')}</h1>;
}

const renderSwitch = () =>
  render(
    <AppProvider>
      <LanguageSwitch />
      <Greeting />
      <Empty data-testid="antd-empty" />
    </AppProvider>,
  );

describe('language switch', () => {
  it('starts in Chinese, for our messages and for Ant Design', () => {
    renderSwitch();
    expect(screen.getByRole('heading')).toHaveTextContent('用户管理');
    expect(screen.getByTestId('antd-empty')).toHaveTextContent('暂无数据');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English and remembers the choice', async () => {
    const view = renderSwitch();

    await userEvent.setup().click(screen.getByText('English'));

    expect(screen.getByRole('heading')).toHaveTextContent('Users');
    expect(screen.getByTestId('antd-empty')).toHaveTextContent('No data');
    expect(localStorage.getItem('jiafu.locale')).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');

    view.unmount();
    renderSwitch();
    expect(screen.getByRole('heading')).toHaveTextContent('Users');
  });

  it('ignores an unknown stored locale', () => {
    localStorage.setItem('jiafu.locale', 'fr-FR');
    renderSwitch();
    expect(screen.getByRole('heading')).toHaveTextContent('用户管理');
  });
});
