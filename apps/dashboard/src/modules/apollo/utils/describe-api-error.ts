import type { TFunction } from 'i18next';
import type { ApiError, ApiFieldError } from './api-error';

/** A field error in the reader's language: field-specific text first, then the code's, then the server's. */
export const describeFieldError = (t: TFunction, fieldError: ApiFieldError): string =>
  t(
    [
      `errors.fields.${fieldError.field}.${fieldError.code}`,
      `errors.fieldCodes.${fieldError.code}`,
    ],
    {
      defaultValue: fieldError.message,
    },
  );

/** The whole error in the reader's language, for a message or an alert. */
export const describeApiError = (t: TFunction, error: ApiError): string => {
  if (error.code === 'RATE_LIMITED') {
    return t('errors.codes.RATE_LIMITED', { seconds: error.retryAfter ?? 60 });
  }
  const [firstField] = error.fieldErrors;
  if (firstField && error.code !== 'BAD_USER_INPUT') return describeFieldError(t, firstField);
  return t(`errors.codes.${error.code}`, { defaultValue: error.message });
};
