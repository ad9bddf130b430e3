import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** The error codes of the public contract, plus what only a browser meets. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TWO_FACTOR_REQUIRED'
  | 'TWO_FACTOR_SETUP_REQUIRED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

export type ApiFieldError = { field: string; code: string; message: string };

export type ApiError = {
  code: ApiErrorCode | string;
  message: string;
  fieldErrors: ApiFieldError[];
  retryAfter?: number;
};

const isFieldError = (value: unknown): value is ApiFieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ApiFieldError).field === 'string' &&
  typeof (value as ApiFieldError).code === 'string';

/** Reads the first GraphQL error's `extensions` into one shape the forms and alerts understand. */
export const readApiError = (error: unknown): ApiError => {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const fieldErrors = Array.isArray(extensions['fieldErrors'])
      ? (extensions['fieldErrors'] as unknown[]).filter(isFieldError)
      : [];
    const retryAfter =
      typeof extensions['retryAfter'] === 'number'
        ? (extensions['retryAfter'] as number)
        : undefined;
    return {
      code:
        typeof extensions['code'] === 'string'
          ? (extensions['code'] as string)
          : 'INTERNAL_SERVER_ERROR',
      message: first?.message ?? error.message,
      fieldErrors,
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    };
  }
  if (ServerError.is(error)) {
    return { code: 'NETWORK_ERROR', message: error.message, fieldErrors: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'NETWORK_ERROR', message, fieldErrors: [] };
};

export const hasErrorCode = (error: unknown, code: ApiErrorCode): boolean =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === code);
