import { describe, expect, it } from 'vitest';
import { makeUser } from '@/testing/users';
import { appRoutes } from '../routes/app-routes';
import { accessibleRoutes, selectedRoutePath } from './menu-items';

const pathsFor = (roles: string[]) => accessibleRoutes(appRoutes, makeUser({ roles })).map((route) => route.path);

describe('menu access', () => {
  it('shows an administrator every page', () => {
    expect(pathsFor(['Admin'])).toEqual(['/', '/users', '/clients', '/audit']);
  });

  it('shows an auditor the home page and the audit trail only', () => {
    expect(pathsFor(['Auditor'])).toEqual(['/', '/audit']);
  });

  it('shows a street officer only the home page', () => {
    expect(pathsFor(['StreetOfficer'])).toEqual(['/']);
  });

  it('combines the pages of several roles', () => {
    expect(pathsFor(['Inspector', 'Auditor'])).toEqual(['/', '/audit']);
  });

  it('selects the deepest route that contains the location', () => {
    expect(selectedRoutePath(appRoutes, '/')).toBe('/');
    expect(selectedRoutePath(appRoutes, '/users')).toBe('/users');
    expect(selectedRoutePath(appRoutes, '/users/u-1')).toBe('/users');
    expect(selectedRoutePath(appRoutes, '/usersx')).toBe('/');
  });
});
