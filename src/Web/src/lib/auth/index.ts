export { anyUser, hasAnyRole, hasPermission, type Access, type CurrentUser } from './access';
export { CurrentUserContext, currentUserQueryKey, useCurrentUser, useCurrentUserQuery } from './current-user';
export { tokenStore, toAuthTokens, AUTH_STORAGE_KEY, type AuthTokens } from './token-store';
export { useAuthTokens } from './use-auth-tokens';
export { useLogout } from './use-logout';
export { loginPath, safeReturnUrl } from './return-url';
