import { isIsoDate } from '@veridesk/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export { GraphQLJSON } from 'graphql-scalars';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A scalar refusing a value, with the field error code the caller is answered with. Not a
 * GraphQLError on purpose: graphql-js then attaches the literal's node to the error it reports,
 * which is how InputErrorsPlugin finds the field a bad literal was written in.
 */
export class ScalarValueError extends Error {
  constructor(
    message: string,
    readonly code: 'INVALID_FORMAT' | 'INVALID_DATE',
  ) {
    super(message);
  }
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE_SHAPE.test(value)) {
    throw new ScalarValueError('must be a calendar date written YYYY-MM-DD', 'INVALID_FORMAT');
  }
  if (!isIsoDate(value))
    throw new ScalarValueError('is not a date of the calendar', 'INVALID_DATE');
  return value;
}

/** A calendar date "YYYY-MM-DD" (expiry dates). A null expiry means valid long-term (长期). */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    // PostgreSQL's date values are real dates: on the way out only their shape needs checking.
    if (typeof value === 'string' && DATE_SHAPE.test(value)) return value;
    throw new GraphQLError('Date cannot represent a value that is not a calendar date');
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new ScalarValueError('must be a string "YYYY-MM-DD"', 'INVALID_FORMAT');
    return parseDate(ast.value);
  },
});
