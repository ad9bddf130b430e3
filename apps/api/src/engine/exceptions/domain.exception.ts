import type { ErrorCode, FieldError } from '@veridesk/shared';

/**
 * The one exception services throw. Its code is the contract's; the GraphQL filter turns it into
 * `extensions.code` (and `extensions.fieldErrors`), the REST filter into a status.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  static unauthenticated(message = 'Sign in to continue.') {
    return new DomainException('UNAUTHENTICATED', message);
  }

  static forbidden(message = 'Your role does not allow this.') {
    return new DomainException('FORBIDDEN', message);
  }

  /** The password was right and the login has two-factor sign-in: nothing else is said. */
  static twoFactorRequired() {
    return new DomainException(
      'TWO_FACTOR_REQUIRED',
      'Enter the 6-digit code from your authenticator app (or a recovery code).',
    );
  }

  static twoFactorSetupRequired() {
    return new DomainException(
      'TWO_FACTOR_SETUP_REQUIRED',
      'This agency requires two-factor sign-in for OWNERs and ADMINs: turn it on in Settings first.',
    );
  }

  static notFound(what: string) {
    return new DomainException('NOT_FOUND', `${what} not found.`);
  }

  static conflict(message: string, fieldErrors: FieldError[] = []) {
    return new DomainException('CONFLICT', message, fieldErrors);
  }

  static badInput(fieldErrors: FieldError[]) {
    const summary = fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ');
    return new DomainException('BAD_USER_INPUT', `Invalid input — ${summary}`, fieldErrors);
  }

  static field(field: string, code: string, message: string) {
    return DomainException.badInput([{ field, code, message }]);
  }

  static rateLimited(retryAfterSeconds: number) {
    return new DomainException(
      'RATE_LIMITED',
      `Too many attempts. Try again in ${retryAfterSeconds} s.`,
      [],
      retryAfterSeconds,
    );
  }

  /**
   * A statement ran past the database's time limit and was stopped: nothing was written. The same
   * call may work when the server is less busy; a big import may need splitting.
   */
  static timedOut() {
    return new DomainException(
      'SERVICE_UNAVAILABLE',
      'The request took longer than the time limit and was stopped; nothing was saved. Try again, or split a large import into smaller files.',
    );
  }

  /** A dependency (PostgreSQL) cannot be reached: nothing was done, the same call may be retried. */
  static unavailable(retryAfterSeconds = 5) {
    return new DomainException(
      'SERVICE_UNAVAILABLE',
      'The service is temporarily unavailable. Try again shortly.',
      [],
      retryAfterSeconds,
    );
  }
}
