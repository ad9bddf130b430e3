import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../utils/api-error';
import { useFormError } from './use-form-error';

/**
 * useFormError for a feature with words of its own: a field error is worded from
 * `<scope>.<field>.<code>` when the feature has that text (e.g. "booking.errors.startsAt.IN_PAST"),
 * and an API field the form shows under another name goes next to that field (`fieldMap`,
 * e.g. the booking form's `startsAt` is its date and time fields).
 */
export const useScopedFormError = (
  form: FormInstance,
  formFields: readonly string[],
  scope: string,
  fieldMap: Record<string, string> = {},
) => {
  const { t, i18n } = useTranslation();
  const base = useFormError(form, [...formFields, ...Object.keys(fieldMap)]);
  const { showError: showBaseError } = base;

  const showError = useCallback(
    (error: unknown) => {
      const apiError = showBaseError(error);
      const scoped = readApiError(error).fieldErrors.filter(
        (fieldError) =>
          formFields.includes(fieldMap[fieldError.field] ?? fieldError.field) ||
          fieldError.field in fieldMap,
      );
      if (scoped.length > 0) {
        form.setFields(
          scoped.map((fieldError) => {
            const key = `${scope}.${fieldError.field}.${fieldError.code}`;
            return {
              name: fieldMap[fieldError.field] ?? fieldError.field,
              errors: [
                i18n.exists(key)
                  ? t(key)
                  : t(
                      [
                        `errors.fields.${fieldError.field}.${fieldError.code}`,
                        `errors.fieldCodes.${fieldError.code}`,
                      ],
                      { defaultValue: fieldError.message },
                    ),
              ],
            };
          }),
        );
      }
      return apiError;
    },
    [fieldMap, form, formFields, i18n, scope, showBaseError, t],
  );

  return { ...base, showError };
};
