export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

export const AUTH_STORAGE_KEY = 'jiafu.auth';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: { raw: string | null; tokens: AuthTokens | null } = { raw: null, tokens: null };
let signedOut = false;

function parse(raw: string | null): AuthTokens | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<AuthTokens>;
    return typeof value.accessToken === 'string' && typeof value.refreshToken === 'string'
      ? { accessToken: value.accessToken, refreshToken: value.refreshToken, expiresAt: Number(value.expiresAt) || 0 }
      : null;
  } catch {
    return null;
  }
}

function notify() {
  listeners.forEach((listener) => listener());
}

export const tokenStore = {
  get(): AuthTokens | null {
    const raw = localStorage.getItem(AUTH_STORAGE_KEY);
    if (raw !== cached.raw) cached = { raw, tokens: parse(raw) };
    return cached.tokens;
  },
  set(tokens: AuthTokens) {
    signedOut = false;
    localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(tokens));
    notify();
  },
  /** Forgets the tokens; `signedOut` tells an explicit sign-out from an expired session. */
  clear(options: { signedOut?: boolean } = {}) {
    signedOut = options.signedOut ?? false;
    localStorage.removeItem(AUTH_STORAGE_KEY);
    notify();
  },
  /** Whether the last session ended by signing out (rather than by expiring). */
  wasSignedOut(): boolean {
    return signedOut;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === AUTH_STORAGE_KEY || event.key === null) notify();
  });
}

export function toAuthTokens(response: { accessToken: string; refreshToken: string; expiresIn: number }): AuthTokens {
  return {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    expiresAt: Date.now() + response.expiresIn * 1000,
  };
}
