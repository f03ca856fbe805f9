import type { TFunction } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';

export interface ErrorDescription {
  title: string;
  detail?: string;
  traceId?: string;
}

export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (isApiError(error)) {
    const { title, detail, traceId } = error.problem;
    return { title: title ?? t('error.title'), detail: detail ?? undefined, traceId: traceId ?? undefined };
  }
  if (error instanceof TypeError) return { title: t('error.network') };
  return { title: t('error.generic') };
}
