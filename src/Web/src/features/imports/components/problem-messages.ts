import type { TFunction } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import type { ImportsKey } from '../locales';

/**
 * What the alert for a rejected upload says: a 413 gets its own title; a 400's field errors (`errors.file`:
 * unreadable file, missing columns) are listed under the problem's title.
 */
export function problemMessages(error: unknown, t: TFunction<ImportsKey>): { message?: string; messages: string[] } {
  if (!isApiError(error)) return { messages: [] };
  if (error.status === 413) return { message: t('imports.error.tooLarge'), messages: [] };
  const messages = Object.values(error.problem.errors ?? {}).flatMap((value) =>
    Array.isArray(value) ? value.map(String) : [String(value)],
  );
  return { messages };
}
