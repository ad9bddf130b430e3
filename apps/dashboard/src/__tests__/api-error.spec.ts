import { CombinedGraphQLErrors } from '@apollo/client';
import { readApiError } from '../modules/apollo/utils/api-error';

const graphQLError = (extensions: Record<string, unknown>, message = 'Invalid input') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('readApiError', () => {
  it('reads the code and field errors of a BAD_USER_INPUT answer', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'password', code: 'TOO_SHORT', message: 'must be at least 10 characters' },
      ],
    });
    expect(readApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input',
      fieldErrors: [
        { field: 'password', code: 'TOO_SHORT', message: 'must be at least 10 characters' },
      ],
    });
  });

  it('keeps retryAfter of a RATE_LIMITED answer', () => {
    expect(
      readApiError(graphQLError({ code: 'RATE_LIMITED', retryAfter: 42 }, 'Too many')).retryAfter,
    ).toBe(42);
  });

  it('ignores malformed field errors', () => {
    const error = graphQLError({ code: 'CONFLICT', fieldErrors: [{ nope: true }] });
    expect(readApiError(error).fieldErrors).toEqual([]);
  });

  it('calls anything that is not a GraphQL answer a network error', () => {
    expect(readApiError(new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK_ERROR',
      message: 'Failed to fetch',
      fieldErrors: [],
    });
  });
});
