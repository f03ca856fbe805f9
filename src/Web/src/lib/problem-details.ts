/** RFC 9457 problem details as the API returns them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  code?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function toProblem(status: number, body: unknown): ProblemDetails {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    return { status, ...(body as ProblemDetails) };
  }
  return { status, title: typeof body === 'string' && body ? body : undefined };
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function problemOf(error: unknown): ProblemDetails | undefined {
  return isApiError(error) ? error.problem : undefined;
}
