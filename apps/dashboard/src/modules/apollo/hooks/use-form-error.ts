import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../utils/api-error';
import { applyFieldErrors } from '../utils/apply-field-errors';
import { describeApiError, describeFieldError } from '../utils/describe-api-error';

/**
 * Turns a failed mutation into form feedback: field errors beside their fields, anything else in
 * one alert above the buttons — always in the reader's language.
 */
export const useFormError = (form: FormInstance, formFields: readonly string[]) => {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  const showError = useCallback(
    (error: unknown) => {
      const apiError = readApiError(error);
      const unplaced = applyFieldErrors(form, t, apiError, formFields);
      const placedAll = apiError.fieldErrors.length > 0 && unplaced.length === 0;
      if (placedAll) {
        setFormError(null);
      } else if (unplaced.length > 0) {
        setFormError(unplaced.map((fieldError) => describeFieldError(t, fieldError)).join(' '));
      } else {
        setFormError(describeApiError(t, apiError));
      }
      return apiError;
    },
    [form, formFields, t],
  );

  const clearError = useCallback(() => setFormError(null), []);
  return { formError, showError, clearError, setFormError };
};
