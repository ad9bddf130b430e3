import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';

/** True when PostgreSQL refused a row for a unique constraint (optionally a named one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** True when PostgreSQL stopped a statement that ran past statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const candidate = current as { code?: unknown; message?: unknown };
    // 57014 query_canceled is also a cancel request; the message names the timeout.
    if (
      candidate.code === '57014' &&
      typeof candidate.message === 'string' &&
      /statement timeout/.test(candidate.message)
    )
      return true;
    current =
      (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

// SQLSTATE class 08 (connection exception) and the server going away or not yet accepting
// connections (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;
const UNAVAILABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// What pg and pg-pool throw when a socket closes or a connection cannot be had in time.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** True when an error means PostgreSQL cannot be reached right now (down, restarting, unreachable). */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a query runner whose connection broke; the transaction's next statement
  // (often its COMMIT) then fails with one of these, the socket error itself already gone.
  if (
    error instanceof QueryRunnerAlreadyReleasedError ||
    error instanceof QueryRunnerProviderAlreadyReleasedError
  )
    return true;
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const candidate = current as { code?: unknown; message?: unknown };
    if (typeof candidate.code === 'string') {
      if (UNAVAILABLE_STATES.test(candidate.code) || UNAVAILABLE_NETWORK_CODES.has(candidate.code))
        return true;
    }
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message))
      return true;
    current =
      (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
