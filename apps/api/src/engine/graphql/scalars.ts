import { isIsoDate } from '@veridesk/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export { GraphQLJSON } from 'graphql-scalars';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('must be a calendar date written YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
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
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('must be a string "YYYY-MM-DD"');
    return parseDate(ast.value);
  },
});
