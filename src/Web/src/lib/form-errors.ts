import { ApiError, isApiError, type ProblemDetails } from './problem-details';

export interface FieldError {
  name: string;
  errors: string[];
}

export interface MappedProblem {
  /** Errors for fields the form shows, ready for `form.setFields`. */
  fields: FieldError[];
  /** Messages for keys that match no field of the form. */
  other: string[];
}

/** The form field an error key belongs to: `roles[0]` → `roles`, `Address.Street` → `address`. */
export function fieldOf(key: string): string {
  const head = key.split(/[.[]/)[0] ?? '';
  return head.charAt(0).toLowerCase() + head.slice(1);
}

export function mapProblemToFields(problem: ProblemDetails | undefined, fieldNames: readonly string[]): MappedProblem {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem?.errors ?? {})) {
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    const field = fieldOf(key);
    if (fieldNames.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), ...list]);
    } else {
      other.push(...list);
    }
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), other };
}

/**
 * A 409 Conflict that names no field (a unique value taken, e.g. a credit code or an ID number already
 * registered) belongs to `field`: the returned error carries `errors[field] = [message]` so the form shows
 * it under that field. A 409 that names its field, and every other error, is returned as it is.
 */
export function conflictOnField(error: unknown, field: string, message: string): unknown {
  if (!isApiError(error) || error.status !== 409) return error;
  if (error.problem.errors && Object.keys(error.problem.errors).length > 0) return error;
  return new ApiError(409, { ...error.problem, errors: { [field]: [message] } });
}
