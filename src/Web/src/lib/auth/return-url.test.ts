import { describe, expect, it } from 'vitest';
import { loginPath, safeReturnUrl } from './return-url';

describe('return URL', () => {
  it('remembers where the visitor was going', () => {
    expect(loginPath({ pathname: '/users', search: '?page=2', hash: '' })).toBe('/login?returnUrl=%2Fusers%3Fpage%3D2');
    expect(loginPath({ pathname: '/', search: '', hash: '' })).toBe('/login');
  });

  it('accepts only paths of this site', () => {
    expect(safeReturnUrl('/audit?page=3')).toBe('/audit?page=3');
    expect(safeReturnUrl(null)).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=/x')).toBe('/');
  });
});
