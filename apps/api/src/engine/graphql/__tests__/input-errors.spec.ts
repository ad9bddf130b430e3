import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { GraphQLDate } from '../scalars';
import { literalFieldError, valueFieldNames, variableFieldErrors } from '../input-errors';

const schema = buildSchema(`
  scalar Date
  enum Site { MY TH }
  input Address { city: String! }
  input RecordInput { id: ID!, expiresOn: Date, sites: [Site!], address: Address, count: Int }
  type Query { preview(date: Date, weeks: Int): Int, list(ids: [ID!]!): Int }
  type Mutation { record(input: RecordInput!): Int }
`);
// buildSchema's scalars parse anything: give Date the API's own behaviour.
Object.assign(schema.getType('Date')!, {
  parseValue: GraphQLDate.parseValue,
  parseLiteral: GraphQLDate.parseLiteral,
});

function errorsFor(document: string, variables: Record<string, unknown>) {
  const operation = getOperationAST(parse(document))!;
  return variableFieldErrors(schema, operation, variables).map((e) => `${e.field}:${e.code}`);
}

describe('variable errors, named as the validation pipe names fields', () => {
  const RECORD = 'mutation ($input: RecordInput!) { record(input: $input) }';

  it('names an input object argument’s fields on their own, nested ones by their path', () => {
    expect(
      errorsFor(RECORD, {
        input: {
          id: 'x',
          expiresOn: '2027/3/5',
          sites: ['MY', 'XX'],
          address: { city: null },
          count: 'abc',
          colour: 'red',
        },
      }),
    ).toEqual([
      'expiresOn:INVALID_FORMAT',
      'sites:INVALID_FORMAT',
      'address.city:REQUIRED',
      'count:INVALID_FORMAT',
      'colour:UNKNOWN_FIELD',
    ]);
  });

  it('tells a date that does not exist from a malformed one', () => {
    expect(errorsFor(RECORD, { input: { id: 'x', expiresOn: '2027-02-30' } })).toEqual([
      'expiresOn:INVALID_DATE',
    ]);
  });

  it('names a scalar or list variable by the argument it is given to', () => {
    expect(
      errorsFor(
        'query ($day: Date, $n: Int, $ids: [ID!]!) { preview(date: $day, weeks: $n) list(ids: $ids) }',
        {
          day: '5/3/2027',
          n: 1.5,
          ids: ['a', null],
        },
      ),
    ).toEqual(['date:INVALID_FORMAT', 'weeks:INVALID_FORMAT', 'ids:REQUIRED']);
  });

  it('names a required variable left out, and finds nothing wrong in good values', () => {
    expect(errorsFor(RECORD, {})).toEqual(['input:REQUIRED']);
    expect(
      errorsFor(RECORD, { input: { id: 'x', expiresOn: '2027-03-05', sites: 'TH', count: 3 } }),
    ).toEqual([]);
  });
});

describe('literal errors', () => {
  it('are named by the field they are written in, with the scalar’s code', () => {
    const document = parse(
      'mutation { record(input: { id: "x", expiresOn: "2027-02-30", sites: [XX] }) }',
    );
    const names = valueFieldNames(getOperationAST(document)!);
    const fieldErrors = validate(schema, document).map((error) => literalFieldError(error, names));
    expect(fieldErrors.map((e) => e && `${e.field}:${e.code}`)).toEqual([
      'expiresOn:INVALID_DATE',
      'sites:INVALID_FORMAT',
    ]);
  });
});
