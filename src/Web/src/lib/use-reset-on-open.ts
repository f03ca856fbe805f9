import type { FormInstance } from 'antd';
import { useEffect } from 'react';

/**
 * Starts a modal's or drawer's form afresh each time it opens. Closing destroys the form's fields but not
 * the `useForm` store, which would otherwise bring back what was typed (or saved) the time before.
 */
export function useResetOnOpen(form: FormInstance, open: boolean) {
  useEffect(() => {
    if (open) form.resetFields();
  }, [form, open]);
}
