import type { ResponseOf } from '../api-schema';
import type { Role } from '../roles';

export type CurrentUser = ResponseOf<'/api/v1/auth/me', 'get'>;

/** A predicate over the signed-in user that decides whether a page or action is available. */
export type Access = (user: CurrentUser) => boolean;

export const anyUser: Access = () => true;

export const hasAnyRole =
  (...roles: Role[]): Access =>
  (user) =>
    roles.some((role) => user.roles.includes(role));

export const hasPermission =
  (permission: string): Access =>
  (user) =>
    user.permissions.includes(permission);
