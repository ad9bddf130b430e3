import { failure, rowCounts, sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeResidentId, makeUscc, withWrongIdCheck } from '../../support/identifiers';
import { CREATE_ENTITY, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;
let usccSeed = 400;

const REPRESENTATIVE = /* GraphQL */ `
  mutation Add($input: AddRepresentativeInput!) {
    addRepresentative(input: $input) {
      id
      fullName
      role
      idType
      idNumberMasked
      idExpiresOn
      phoneMasked
      verificationStatus
      verifiedAt
      documents {
        id
        type
        number
        expiresOn
        status
        daysUntilExpiry
        sites
      }
    }
  }
`;
const REVEAL = /* GraphQL */ `
  mutation Reveal($id: ID!) {
    revealIdNumber(representativeId: $id)
  }
`;

const ID_NUMBER = '11010519491231002X';

async function newEntity(token = agency.token): Promise<string> {
  return ok(
    await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '深圳市海拓电子商务有限公司',
          uscc: makeUscc(usccSeed++),
          registeredRepresentativeName: '张伟',
        },
      },
      { as: token },
    ),
    'createSellerEntity',
  ).id;
}

function representativeInput(sellerEntityId: string, overrides: Record<string, unknown> = {}) {
  return {
    sellerEntityId,
    fullName: '张伟',
    role: 'LEGAL_REPRESENTATIVE',
    idType: 'CN_RESIDENT_ID',
    idNumber: ID_NUMBER,
    idExpiresOn: '2035-01-01',
    ...overrides,
  };
}

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
});
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('adding a representative', () => {
  it('returns the resident ID only masked, first 6 and last 4 kept', async () => {
    const representative = ok(
      await api.gql(
        REPRESENTATIVE,
        { input: representativeInput(await newEntity()) },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    expect(representative).toMatchObject({
      fullName: '张伟',
      idType: 'CN_RESIDENT_ID',
      idNumberMasked: '110105********002X',
      idExpiresOn: '2035-01-01',
      verificationStatus: 'NOT_REQUIRED',
      verifiedAt: null,
    });
    expect(JSON.stringify(representative)).not.toContain(ID_NUMBER);
  });

  it('gives a resident ID holder a RESIDENT_ID_CARD document with the given expiry', async () => {
    const representative = ok(
      await api.gql(
        REPRESENTATIVE,
        { input: representativeInput(await newEntity(), { idExpiresOn: '2031-06-30' }) },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    expect(representative.documents).toEqual([
      expect.objectContaining({
        type: 'RESIDENT_ID_CARD',
        expiresOn: '2031-06-30',
        status: 'VALID',
        sites: [],
      }),
    ]);
    expect(representative.documents[0].number ?? '').not.toContain(ID_NUMBER);
  });

  it('models a long-term (长期) ID card as no expiry: a VALID document with no days left to count', async () => {
    const representative = ok(
      await api.gql(
        REPRESENTATIVE,
        { input: representativeInput(await newEntity(), { idExpiresOn: null }) },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    expect(representative.idExpiresOn).toBeNull();
    expect(representative.documents).toEqual([
      expect.objectContaining({
        type: 'RESIDENT_ID_CARD',
        expiresOn: null,
        status: 'VALID',
        daysUntilExpiry: null,
      }),
    ]);
  });

  it('accepts a passport, upper-cased and masked, without creating a resident ID card', async () => {
    const representative = ok(
      await api.gql(
        REPRESENTATIVE,
        {
          input: representativeInput(await newEntity(), {
            role: 'AUTHORIZED_SIGNATORY',
            idType: 'PASSPORT',
            idNumber: 'e12345678',
          }),
        },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    expect(representative).toMatchObject({
      role: 'AUTHORIZED_SIGNATORY',
      idType: 'PASSPORT',
      documents: [],
    });
    expect(representative.idNumberMasked).toContain('*');
    expect(representative.idNumberMasked).not.toContain('12345');
  });

  it.each([
    ['a wrong check character', withWrongIdCheck(ID_NUMBER), 'INVALID_CHECKSUM'],
    ['30 February as the birth date', makeResidentId('19900230'), 'INVALID_DATE'],
    ['month 13 as the birth date', makeResidentId('19901301'), 'INVALID_DATE'],
    ['a birth date in the future', makeResidentId('20991231'), 'INVALID_DATE'],
    ['17 digits', ID_NUMBER.slice(0, 17), 'INVALID_FORMAT'],
    ['a letter in the middle', '1101051949A231002X', 'INVALID_FORMAT'],
  ])('rejects a resident ID with %s (%s) and writes nothing', async (_label, idNumber, code) => {
    const entityId = await newEntity();
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      REPRESENTATIVE,
      { input: representativeInput(entityId, { idNumber }) },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: [`idNumber:${code}`] });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('rejects a passport number that is not 5–20 letters and digits', async () => {
    const result = await api.gql(
      REPRESENTATIVE,
      {
        input: representativeInput(await newEntity(), {
          idType: 'PASSPORT',
          idNumber: 'E 123/45',
        }),
      },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['idNumber:INVALID_FORMAT'],
    });
  });

  it('reports a blank name, a wrong check digit and a bad phone together, writing nothing', async () => {
    const entityId = await newEntity();
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      REPRESENTATIVE,
      {
        input: representativeInput(entityId, {
          fullName: ' ',
          idNumber: withWrongIdCheck(ID_NUMBER),
          phone: 'call me',
        }),
      },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['fullName:REQUIRED', 'idNumber:INVALID_CHECKSUM', 'phone:INVALID_FORMAT'],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('accepts a resident ID pasted in groups, full-width or with a lower-case x', async () => {
    const fullWidth = [...'11010519491231002x']
      .map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))
      .join('');
    for (const idNumber of [' 110105 19491231 002x ', fullWidth]) {
      const representative = ok(
        await api.gql(
          REPRESENTATIVE,
          { input: representativeInput(await newEntity(), { idNumber }) },
          { as: agency.token },
        ),
        'addRepresentative',
      );
      expect(representative.idNumberMasked).toBe('110105********002X');
    }
  });

  it('masks the phone, keeping only its last 4 digits', async () => {
    const representative = ok(
      await api.gql(
        REPRESENTATIVE,
        { input: representativeInput(await newEntity(), { phone: '+86 138 0013 8000' }) },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    expect(representative.phoneMasked).toMatch(/^\*+8000$/);
    const [row] = await sql(
      `SELECT phone_ciphertext, phone_masked FROM representatives WHERE id = $1`,
      [representative.id],
    );
    expect(row.phone_ciphertext).toBeTruthy();
    expect(row.phone_ciphertext).not.toContain('13800138000');
  });

  it('refuses the same ID number twice in one entity (CONFLICT), even with a lower-case x', async () => {
    const entityId = await newEntity();
    ok(
      await api.gql(REPRESENTATIVE, { input: representativeInput(entityId) }, { as: agency.token }),
      'addRepresentative',
    );
    const before = await rowCounts(agency.agencyId);
    const again = await api.gql(
      REPRESENTATIVE,
      {
        input: representativeInput(entityId, {
          fullName: '张伟伟',
          idNumber: ID_NUMBER.toLowerCase(),
        }),
      },
      { as: agency.token },
    );
    expect(failure(again).code).toBe('CONFLICT');
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('accepts the same ID number in another entity', async () => {
    const first = await newEntity();
    const second = await newEntity();
    ok(
      await api.gql(REPRESENTATIVE, { input: representativeInput(first) }, { as: agency.token }),
      'addRepresentative',
    );
    const again = ok(
      await api.gql(REPRESENTATIVE, { input: representativeInput(second) }, { as: agency.token }),
      'addRepresentative',
    );
    expect(again.idNumberMasked).toBe('110105********002X');
  });
});

describe('the ID number at rest', () => {
  it('stores neither the number nor the phone in clear, in the row or in the audit log', async () => {
    const idNumber = makeResidentId('19851107', 417, '440308');
    const fresh = await signUpAgency(api);
    const representative = ok(
      await api.gql(
        REPRESENTATIVE,
        {
          input: representativeInput(await newEntity(fresh.token), {
            idNumber,
            phone: '13912345678',
          }),
        },
        { as: fresh.token },
      ),
      'addRepresentative',
    );
    ok(await api.gql(REVEAL, { id: representative.id }, { as: fresh.token }), 'revealIdNumber');

    const [row] = await sql(`SELECT * FROM representatives WHERE id = $1`, [representative.id]);
    expect(row.id_number_ciphertext).toBeTruthy();
    expect(row.id_number_ciphertext).not.toContain(idNumber);
    expect(row.id_number_ciphertext).not.toContain(idNumber.slice(6, 14)); // the birth date
    expect(JSON.stringify(row)).not.toContain(idNumber);
    expect(JSON.stringify(row)).not.toContain('13912345678');
    const documents = await sql(`SELECT * FROM documents WHERE representative_id = $1`, [
      representative.id,
    ]);
    expect(JSON.stringify(documents)).not.toContain(idNumber);

    const events = await sql(`SELECT action, changes FROM audit_events WHERE agency_id = $1`, [
      fresh.agencyId,
    ]);
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['representative.add', 'representative.revealIdNumber']),
    );
    for (const event of events) {
      expect(JSON.stringify(event.changes ?? {})).not.toContain(idNumber);
      expect(JSON.stringify(event.changes ?? {})).not.toContain('13912345678');
    }
  });
});

describe('revealing the ID number', () => {
  let representativeId: string;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    representativeId = ok(
      await api.gql(
        REPRESENTATIVE,
        { input: representativeInput(await newEntity()) },
        { as: agency.token },
      ),
      'addRepresentative',
    ).id;
    tokens = { OWNER: agency.token };
    for (const role of ['ADMIN', 'MANAGER', 'VIEWER']) {
      tokens[role] = (await addMember(api, agency.token, role)).token;
    }
  });

  const reveals = () =>
    sql(
      `SELECT actor FROM audit_events WHERE agency_id = $1 AND subject_id = $2 AND action = 'representative.revealIdNumber'`,
      [agency.agencyId, representativeId],
    );

  it.each(['OWNER', 'ADMIN'])(
    'gives %s the whole number and writes an audit event',
    async (role) => {
      const before = (await reveals()).length;
      const result = await api.gql(REVEAL, { id: representativeId }, { as: tokens[role] });
      expect(result.errors).toBeUndefined();
      expect(result.data!.revealIdNumber).toBe(ID_NUMBER);
      expect(await reveals()).toHaveLength(before + 1);
    },
  );

  it.each(['MANAGER', 'VIEWER'])('refuses %s with FORBIDDEN and logs no reveal', async (role) => {
    const before = (await reveals()).length;
    const result = await api.gql(REVEAL, { id: representativeId }, { as: tokens[role] });
    expect(failure(result).code).toBe('FORBIDDEN');
    expect(result.data?.revealIdNumber ?? null).toBeNull();
    expect(await reveals()).toHaveLength(before);
  });
});
