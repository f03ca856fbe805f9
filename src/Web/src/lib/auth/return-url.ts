interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

/** The login page, remembering where to come back to. */
export function loginPath(from: LocationLike): string {
  const target = `${from.pathname}${from.search}${from.hash}`;
  return target === '/' ? '/login' : `/login?returnUrl=${encodeURIComponent(target)}`;
}

/** A same-site path to return to after signing in; anything else (absolute or protocol-relative URLs) goes home. */
export function safeReturnUrl(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/login')) {
    return '/';
  }
  return value;
}
