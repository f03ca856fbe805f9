import { conflictOnField } from '@/lib/form-errors';
import type { TFunction } from '@/lib/i18n';
import type { WorkersKey } from '../locales';

/**
 * A worker form's failed save, ready for `useFormProblem`: a bad ID number comes back as `errors.idNumber`;
 * a 409 that names no field — the person is already registered (one person, one record) — goes under the ID number.
 */
export function workerFormError(error: unknown, t: TFunction<WorkersKey>): unknown {
  return conflictOnField(error, 'idNumber', t('workers.error.duplicatePerson'));
}
