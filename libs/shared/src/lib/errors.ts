/**
 * The error codes of the public contract (extensions.code), and QUERY_TOO_COMPLEX: an operation over
 * the depth, cost or alias limit, refused before it runs.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  // The password was right; the login has two-factor sign-in: send the code as LoginInput.otp.
  'TWO_FACTOR_REQUIRED',
  // The agency requires two-factor sign-in of OWNERs and ADMINs: turn it on before anything else.
  'TWO_FACTOR_SETUP_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field-level problem: `field` is the input field's name, `code` is stable for machines. */
export type FieldError = { field: string; code: string; message: string };
