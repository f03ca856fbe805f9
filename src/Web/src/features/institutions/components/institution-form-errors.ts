import { conflictOnField } from '@/lib/form-errors';
import type { TFunction } from '@/lib/i18n';
import type { InstitutionsKey } from '../locales';

/**
 * An institution form's failed save, ready for `useFormProblem`: field errors (a credit code that fails the
 * GB 32100 check comes back as `errors.creditCode`) stay as they are, and a 409 that names no field — the
 * credit code is already registered — is shown under the credit code.
 */
export function institutionFormError(error: unknown, t: TFunction<InstitutionsKey>): unknown {
  return conflictOnField(error, 'creditCode', t('institutions.error.duplicateCreditCode'));
}
