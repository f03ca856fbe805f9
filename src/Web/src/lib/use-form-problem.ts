import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { mapProblemToFields } from './form-errors';
import { problemOf } from './problem-details';

export interface FormProblem {
  error: unknown;
  /** Field errors that match no field of the form. */
  messages: string[];
}

/**
 * Puts a failed submission's ProblemDetails `errors` onto the form's fields; whatever does not belong
 * to a field (or a problem without field errors) is returned for an alert above the form.
 */
export function useFormProblem(form: FormInstance, fieldNames: readonly string[]) {
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const { fields, other } = mapProblemToFields(problemOf(error), fieldNames);
      form.setFields(fields);
      setProblem(fields.length > 0 && other.length === 0 ? null : { error, messages: other });
    },
    [form, fieldNames],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, report, clear };
}
