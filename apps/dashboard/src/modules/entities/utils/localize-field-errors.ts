import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../apollo/utils/api-error';

/**
 * After `useFormError` has placed the API's field errors, replaces those this feature words
 * itself (`<namespace>.<field>.<code>`) with the reader's language; others keep the API's text.
 */
export const localizeFieldErrors = (
  form: FormInstance,
  t: TFunction,
  error: ApiError,
  namespace: string,
  formFields: readonly string[],
): void => {
  const localized = error.fieldErrors
    .filter((fieldError) => formFields.includes(fieldError.field))
    .map((fieldError) => ({
      name: fieldError.field,
      key: `${namespace}.${fieldError.field}.${fieldError.code}`,
    }))
    .filter(({ key }) => t(key, { defaultValue: '' }) !== '');
  if (localized.length === 0) return;
  form.setFields(localized.map(({ name, key }) => ({ name, errors: [t(key)] })));
};
