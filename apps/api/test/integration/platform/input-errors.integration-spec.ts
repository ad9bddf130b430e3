import { rowCounts } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc, withWrongUsccCheck } from '../../support/identifiers';
import { CREATE_ENTITY, ok } from '../../support/portfolio';
import { GraphQLResponse, startTestApi, TestApi } from '../../support/test-api';

// Input errors found before any resolver runs (variables graphql-js cannot coerce, literal arguments
// of the wrong form) are answered like a DTO's: BAD_USER_INPUT with fieldErrors naming each field.

let api: TestApi;
let agency: SignedUpAgency;
let entityId: string;

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordDocumentInput!) {
    recordDocument(input: $input) {
      id
      expiresOn
    }
  }
`;

/** Every (field, code) pair of every error of a response, in order. */
function fieldErrorsOf(result: GraphQLResponse): string[] {
  return (result.errors ?? []).flatMap((error) =>
    (error.extensions?.fieldErrors ?? []).map((entry) => `${entry.field}:${entry.code}`),
  );
}

function codesOf(result: GraphQLResponse): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  entityId = ok(
    await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '深圳市海拓电子商务有限公司',
          uscc: makeUscc(901),
          registeredRepresentativeName: '张伟',
        },
      },
      { as: agency.token },
    ),
    'createSellerEntity',
  ).id;
});
afterAll(() => api.close());

describe('a variable graphql-js cannot coerce', () => {
  it.each([
    ['written with slashes', '2027/3/5', 'INVALID_FORMAT'],
    ['that does not exist', '2027-02-30', 'INVALID_DATE'],
  ])(
    'answers a Date %s with BAD_USER_INPUT and a field error on its input field, HTTP 400, writing nothing',
    async (_label, expiresOn, code) => {
      const before = await rowCounts(agency.agencyId);
      const result = await api.gql(
        RECORD,
        { input: { sellerEntityId: entityId, type: 'BUSINESS_LICENSE', expiresOn } },
        { as: agency.token },
      );
      expect(result.status).toBe(400);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrorsOf(result)).toEqual([`expiresOn:${code}`]);
      expect(result.errors![0].extensions!.fieldErrors![0].message).toBeTruthy();
      expect(await rowCounts(agency.agencyId)).toEqual(before);
    },
  );

  it('reports every bad value of the request at once', async () => {
    const result = await api.gql(
      RECORD,
      {
        input: {
          sellerEntityId: entityId,
          type: 'NOT_A_TYPE',
          issuedOn: '2027-02-30',
          expiresOn: '2027/3/5',
          sites: ['MY', 'XX'],
        },
      },
      { as: agency.token },
    );
    expect(result.status).toBe(400);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrorsOf(result).sort()).toEqual(
      [
        'expiresOn:INVALID_FORMAT',
        'issuedOn:INVALID_DATE',
        'sites:INVALID_FORMAT',
        'type:INVALID_FORMAT',
      ].sort(),
    );
  });

  it('names a scalar variable by the argument it is given to', async () => {
    const result = await api.gql(
      /* GraphQL */ `
        query Preview($day: Date, $weeks: Int) {
          digestPreview(date: $day) {
            subject
          }
          documentExpiryWeeks(weeks: $weeks) {
            weekStart
          }
        }
      `,
      { day: '2027-13-01', weeks: 'abc' },
      { as: agency.token },
    );
    expect(result.status).toBe(400);
    expect(fieldErrorsOf(result).sort()).toEqual(['date:INVALID_DATE', 'weeks:INVALID_FORMAT']);
  });

  it('names a required field left out, or given null', async () => {
    const result = await api.gql(
      RECORD,
      { input: { sellerEntityId: null, expiresOn: '2027-03-05' } },
      { as: agency.token },
    );
    expect(result.status).toBe(400);
    expect(fieldErrorsOf(result).sort()).toEqual(['sellerEntityId:REQUIRED', 'type:REQUIRED']);
  });
});

describe('a literal argument of the wrong form', () => {
  it('answers a bad Date written in the document with BAD_USER_INPUT and its field, writing nothing', async () => {
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      /* GraphQL */ `
        mutation {
          recordDocument(
            input: { sellerEntityId: "${entityId}", type: BUSINESS_LICENSE, expiresOn: "2027/3/5", issuedOn: "2027-02-30" }
          ) {
            id
          }
        }
      `,
      {},
      { as: agency.token },
    );
    expect(result.status).toBe(400);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(fieldErrorsOf(result)).toEqual(['expiresOn:INVALID_FORMAT', 'issuedOn:INVALID_DATE']);
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('names an unknown enum value and a string for an Int by their field', async () => {
    const result = await api.gql(
      /* GraphQL */ `
        {
          digestPreview(date: "2027-3-5") {
            subject
          }
          documentExpiryWeeks(weeks: "abc") {
            weekStart
          }
          sellerEntities(filter: { site: XX }) {
            totalCount
          }
        }
      `,
      {},
      { as: agency.token },
    );
    expect(result.status).toBe(400);
    expect(fieldErrorsOf(result)).toEqual([
      'date:INVALID_FORMAT',
      'weeks:INVALID_FORMAT',
      'site:INVALID_FORMAT',
    ]);
  });
});

describe('a DTO with several bad fields', () => {
  it('reports blank names and a bad USCC together, writing nothing', async () => {
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '  ',
          uscc: withWrongUsccCheck(makeUscc(902)),
          registeredRepresentativeName: '',
        },
      },
      { as: agency.token },
    );
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrorsOf(result).sort()).toEqual([
      'legalName:REQUIRED',
      'registeredRepresentativeName:REQUIRED',
      'uscc:INVALID_CHECKSUM',
    ]);
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });
});
