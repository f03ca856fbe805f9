import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { credentialAppearance, CREDENTIAL_STATUSES } from './credential';
import { CredentialBadge } from './credential-badge';

describe('credential status (安心码)', () => {
  it('maps green, yellow and red to success, warning and error with their icons', () => {
    expect(credentialAppearance('Green')).toEqual({ color: 'success', icon: 'check' });
    expect(credentialAppearance('Yellow')).toEqual({ color: 'warning', icon: 'warning' });
    expect(credentialAppearance('Red')).toEqual({ color: 'error', icon: 'stop' });
    expect(CREDENTIAL_STATUSES).toEqual(['Green', 'Yellow', 'Red']);
  });

  it('shows a status it does not know as neutral, never as one of the three', () => {
    expect(credentialAppearance('Blue')).toEqual({ color: 'default', icon: 'unknown' });
    expect(credentialAppearance('')).toEqual({ color: 'default', icon: 'unknown' });
  });

  it('renders a coloured tag with an icon and the Chinese name', () => {
    renderWithProviders(
      <>
        <CredentialBadge status="Green" />
        <CredentialBadge status="Yellow" />
        <CredentialBadge status="Red" />
      </>,
    );
    const [green, yellow, red] = screen.getAllByTestId('credential-badge');
    expect(green).toHaveTextContent('绿码');
    expect(green).toHaveClass('ant-tag-success');
    expect(green!.querySelector('.anticon-check-circle')).not.toBeNull();
    expect(yellow).toHaveTextContent('黄码');
    expect(yellow).toHaveClass('ant-tag-warning');
    expect(yellow!.querySelector('.anticon-exclamation-circle')).not.toBeNull();
    expect(red).toHaveTextContent('红码');
    expect(red).toHaveClass('ant-tag-error');
    expect(red!.querySelector('.anticon-close-circle')).not.toBeNull();
  });

  it('speaks English when asked', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en-US');
    renderWithProviders(<CredentialBadge status="Yellow" />);
    expect(screen.getByTestId('credential-badge')).toHaveTextContent('Yellow');
  });
});
