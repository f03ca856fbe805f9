import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

const routeOf = (request: Request) => `${request.method} ${new URL(request.url).pathname}`;

/**
 * Replaces the global `fetch` with a router over `"METHOD /path"` keys (the query string is ignored).
 * Unknown routes answer 404 ProblemDetails. `requests(route)` lists what reached a route.
 */
export function mockFetch(routes: Record<string, Handler>) {
  const seen: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.origin), init);
    seen.push(request.clone());
    const handler = routes[routeOf(request)];
    return handler ? handler(request) : json({ title: 'Not Found', status: 404 }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests: (route: string) => seen.filter((request) => routeOf(request) === route),
  };
}
