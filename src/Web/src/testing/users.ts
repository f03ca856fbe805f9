import { tokenStore, type CurrentUser } from '@/lib/auth';

export function makeUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'u-1',
    userName: 'admin',
    displayName: '张管理',
    actorType: 'user',
    roles: ['Admin'],
    streetCode: null,
    institutionId: null,
    institutionIds: [],
    scopes: [],
    permissions: [],
    ...overrides,
  };
}

export function signIn(accessToken = 'access-1', refreshToken = 'refresh-1') {
  tokenStore.set({ accessToken, refreshToken, expiresAt: Date.now() + 600_000 });
}
