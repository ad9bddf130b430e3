import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { ApiError, ApiFieldError } from './api-error';
import { describeFieldError } from './describe-api-error';

/**
 * Puts field errors next to the form's own fields (antd `setFields`) and hands back the ones no
 * field shows, so the caller can show them in an alert.
 */
export const applyFieldErrors = (
  form: FormInstance,
  t: TFunction,
  error: ApiError,
  formFields: readonly string[],
): ApiFieldError[] => {
  const shown = error.fieldErrors.filter((fieldError) => formFields.includes(fieldError.field));
  if (shown.length > 0) {
    form.setFields(
      shown.map((fieldError) => ({
        name: fieldError.field,
        errors: [describeFieldError(t, fieldError)],
      })),
    );
  }
  return error.fieldErrors.filter((fieldError) => !formFields.includes(fieldError.field));
};
