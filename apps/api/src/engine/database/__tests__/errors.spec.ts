import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isDatabaseUnavailable, isStatementTimeout } from '../errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a server shutting down',
      failedQuery(withCode('terminating connection due to administrator command', '57P01')),
    ],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a connection exception', failedQuery(withCode('connection failure', '08006'))],
    ['a socket closed mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    [
      'a pool that found no connection in time',
      new Error('timeout exceeded when trying to connect'),
    ],
    ['a transaction whose connection broke', new QueryRunnerAlreadyReleasedError()],
    ['a manager whose connection broke', new QueryRunnerProviderAlreadyReleasedError()],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', failedQuery(withCode('duplicate key value', '23505'))],
    ['a syntax error', failedQuery(withCode('syntax error at or near', '42601'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isStatementTimeout', () => {
  it('is true for a statement PostgreSQL stopped at statement_timeout', () => {
    const error = failedQuery(withCode('canceling statement due to statement timeout', '57014'));
    expect(isStatementTimeout(error)).toBe(true);
    // Not an outage: the database answered, and retrying at once would time out again.
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ['a cancel request', failedQuery(withCode('canceling statement due to user request', '57014'))],
    ['a lock wait', failedQuery(withCode('canceling statement due to lock timeout', '55P03'))],
    ['a unique violation', failedQuery(withCode('duplicate key value', '23505'))],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isStatementTimeout(error)).toBe(false);
  });
});
