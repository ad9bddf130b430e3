import { failure, rowCounts, sql } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { fullWidth, makeUscc } from '../../support/identifiers';
import { CREATE_ENTITY, ok } from '../../support/portfolio';
import { normalizeIdentifier } from '@veridesk/domain';
import type { QueryRunner } from 'typeorm';
import {
  NormalizeStoredSellerIds1795970000000,
  normalizedIdentifierSql,
} from '../../../src/database/migrations/1795970000000-NormalizeStoredSellerIds';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;
let usccSeed = 500;

const ADD_STORE = /* GraphQL */ `
  mutation AddStore($input: AddStoreInput!) {
    addStore(input: $input) {
      id
      site
      shopName
      lazadaSellerId
      categories
      status
      restrictedModules
      freezeUntil
      statusChangedAt
      sellerEntity {
        id
      }
    }
  }
`;
const UPDATE_STATUS = /* GraphQL */ `
  mutation UpdateStatus($input: UpdateStoreStatusInput!) {
    updateStoreStatus(input: $input) {
      id
      status
      restrictedModules
      freezeUntil
      statusChangedAt
    }
  }
`;

async function newEntity(token = agency.token): Promise<string> {
  return ok(
    await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '义乌蓝鑫百货商行',
          uscc: makeUscc(usccSeed++),
          registeredRepresentativeName: '王芳',
        },
      },
      { as: token },
    ),
    'createSellerEntity',
  ).id;
}

const addStore = (input: Record<string, unknown>, token = agency.token) =>
  api.gql(ADD_STORE, { input: { shopName: 'Lanxin Official', ...input } }, { as: token });

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
});
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('adding a store', () => {
  it('starts ACTIVE, with no restricted module and no freeze', async () => {
    api.clock.set('2026-12-01T02:00:00.000Z');
    const entityId = await newEntity();
    const store = ok(
      await addStore({
        sellerEntityId: entityId,
        site: 'TH',
        lazadaSellerId: ' TH100001 ',
        categories: ['home-appliances', ' toys ', 'Toys'],
      }),
      'addStore',
    );
    expect(store).toMatchObject({
      site: 'TH',
      lazadaSellerId: 'TH100001',
      categories: ['home-appliances', 'toys'],
      status: 'ACTIVE',
      restrictedModules: [],
      freezeUntil: null,
      statusChangedAt: '2026-12-01T02:00:00.000Z',
      sellerEntity: { id: entityId },
    });
  });

  it('refuses a second store with the same site and Lazada seller id (CONFLICT on lazadaSellerId), even under another entity', async () => {
    const first = await newEntity();
    const second = await newEntity();
    ok(
      await addStore({ sellerEntityId: first, site: 'MY', lazadaSellerId: 'MY200001' }),
      'addStore',
    );
    const before = await rowCounts(agency.agencyId);
    for (const sellerEntityId of [first, second]) {
      const again = await addStore({ sellerEntityId, site: 'MY', lazadaSellerId: 'MY200001' });
      const error = failure(again);
      expect(error.code).toBe('CONFLICT');
      expect(error.fields.map((field) => field.split(':')[0])).toEqual(['lazadaSellerId']);
    }
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('accepts the same Lazada seller id on another site', async () => {
    const entityId = await newEntity();
    ok(
      await addStore({ sellerEntityId: entityId, site: 'SG', lazadaSellerId: 'X300001' }),
      'addStore',
    );
    const other = ok(
      await addStore({ sellerEntityId: entityId, site: 'PH', lazadaSellerId: 'X300001' }),
      'addStore',
    );
    expect(other).toMatchObject({ site: 'PH', lazadaSellerId: 'X300001', status: 'ACTIVE' });
  });

  it('accepts the same site and seller id in another agency', async () => {
    const entityId = await newEntity();
    ok(
      await addStore({ sellerEntityId: entityId, site: 'VN', lazadaSellerId: 'VN400001' }),
      'addStore',
    );
    const otherAgency = await signUpAgency(api);
    const otherEntity = await newEntity(otherAgency.token);
    const store = ok(
      await addStore(
        { sellerEntityId: otherEntity, site: 'VN', lazadaSellerId: 'VN400001' },
        otherAgency.token,
      ),
      'addStore',
    );
    expect(store.status).toBe('ACTIVE');
  });

  it('stores a Lazada seller id typed full-width, lower case or with tabs as its normal form', async () => {
    const entityId = await newEntity();
    const store = ok(
      await addStore({ sellerEntityId: entityId, site: 'TH', lazadaSellerId: fullWidth('th5001') }),
      'addStore',
    );
    expect(store.lazadaSellerId).toBe('TH5001');
    const tabbed = ok(
      await addStore({ sellerEntityId: entityId, site: 'MY', lazadaSellerId: '\tmy 5001\t' }),
      'addStore',
    );
    expect(tabbed.lazadaSellerId).toBe('MY5001');
    const rows = await sql(`SELECT lazada_seller_id FROM stores WHERE id = ANY($1) ORDER BY site`, [
      [store.id, tabbed.id],
    ]);
    expect(rows.map((row) => row.lazada_seller_id)).toEqual(['MY5001', 'TH5001']);
  });

  it('refuses a seller id already on the site however it is spelt (CONFLICT on lazadaSellerId)', async () => {
    const entityId = await newEntity();
    ok(
      await addStore({ sellerEntityId: entityId, site: 'SG', lazadaSellerId: 'SG5002' }),
      'addStore',
    );
    const before = await rowCounts(agency.agencyId);
    for (const spelling of ['sg5002', fullWidth('sg5002'), 'SG 5002', '\tSG5002']) {
      const again = await addStore({
        sellerEntityId: entityId,
        site: 'SG',
        lazadaSellerId: spelling,
      });
      expect(failure(again)).toEqual({ code: 'CONFLICT', fields: ['lazadaSellerId:TAKEN'] });
    }
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('refuses a seller id of spaces only with REQUIRED', async () => {
    const entityId = await newEntity();
    const result = await addStore({
      sellerEntityId: entityId,
      site: 'ID',
      lazadaSellerId: ' \t\u3000',
    });
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['lazadaSellerId:REQUIRED'],
    });
  });

  it('requires a shop name that is not blank', async () => {
    const entityId = await newEntity();
    const result = await addStore({
      sellerEntityId: entityId,
      site: 'ID',
      shopName: '  ',
      lazadaSellerId: 'ID1',
    });
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['shopName:REQUIRED'] });
  });
});

describe('updating a store status', () => {
  it('sets modules and freezeUntil when frozen, and ACTIVE clears both', async () => {
    api.clock.set('2026-12-02T02:00:00.000Z');
    const entityId = await newEntity();
    const store = ok(
      await addStore({ sellerEntityId: entityId, site: 'ID', lazadaSellerId: 'ID500001' }),
      'addStore',
    );

    api.clock.set('2026-12-02T03:00:00.000Z');
    const frozen = ok(
      await api.gql(
        UPDATE_STATUS,
        {
          input: {
            storeId: store.id,
            status: 'FROZEN',
            restrictedModules: ['FINANCE', 'ORDERS'],
            freezeUntil: '2026-12-05T00:00:00.000Z',
          },
        },
        { as: agency.token },
      ),
      'updateStoreStatus',
    );
    expect(frozen).toMatchObject({
      status: 'FROZEN',
      freezeUntil: '2026-12-05T00:00:00.000Z',
      statusChangedAt: '2026-12-02T03:00:00.000Z',
    });
    expect([...frozen.restrictedModules].sort()).toEqual(['FINANCE', 'ORDERS']);

    api.clock.set('2026-12-02T04:00:00.000Z');
    const active = ok(
      await api.gql(
        UPDATE_STATUS,
        {
          input: {
            storeId: store.id,
            status: 'ACTIVE',
            restrictedModules: ['FINANCE'],
            freezeUntil: '2026-12-09T00:00:00.000Z',
          },
        },
        { as: agency.token },
      ),
      'updateStoreStatus',
    );
    expect(active).toEqual({
      id: store.id,
      status: 'ACTIVE',
      restrictedModules: [],
      freezeUntil: null,
      statusChangedAt: '2026-12-02T04:00:00.000Z',
    });
  });

  it('restricts every module when RESTRICTED is set without naming them', async () => {
    const entityId = await newEntity();
    const store = ok(
      await addStore({ sellerEntityId: entityId, site: 'TH', lazadaSellerId: 'TH600001' }),
      'addStore',
    );
    const restricted = ok(
      await api.gql(
        UPDATE_STATUS,
        { input: { storeId: store.id, status: 'RESTRICTED' } },
        { as: agency.token },
      ),
      'updateStoreStatus',
    );
    expect([...restricted.restrictedModules].sort()).toEqual([
      'FINANCE',
      'ORDERS',
      'PRODUCT_LISTING',
    ]);
    expect(restricted.freezeUntil).toBeNull();
  });

  it('writes a store.updateStatus audit event', async () => {
    const entityId = await newEntity();
    const store = ok(
      await addStore({ sellerEntityId: entityId, site: 'SG', lazadaSellerId: 'SG700001' }),
      'addStore',
    );
    ok(
      await api.gql(
        UPDATE_STATUS,
        { input: { storeId: store.id, status: 'CLOSED' } },
        { as: agency.token },
      ),
      'updateStoreStatus',
    );
    const events = await sql(
      `SELECT changes FROM audit_events WHERE agency_id = $1 AND subject_id = $2 AND action = 'store.updateStatus'`,
      [agency.agencyId, store.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({
      from: { status: 'ACTIVE' },
      to: { status: 'CLOSED', restrictedModules: [] },
    });
  });
});

describe('seller ids stored before identifiers were normalised', () => {
  it('are normalised in SQL exactly as normalizeIdentifier does', async () => {
    const spellings = [
      ' 9131 0115 8tu7 6qn0 97 ',
      '９１３５０１００ｍ０００１００ｙ４３',
      '\tTH\u3000100\u00a0001\r\n',
      '\u200bMY\u200c1\u200d2\u2060\ufeff',
      'sg\u2002\u2009\u202f7',
      'Ａｂ－12',
    ];
    for (const spelling of spellings) {
      const [row] = await sql(`SELECT ${normalizedIdentifierSql('$1::text')} AS normal`, [
        spelling,
      ]);
      expect({ spelling, normal: row.normal }).toEqual({
        spelling,
        normal: normalizeIdentifier(spelling),
      });
    }
  });

  it('become their normal form, except where another store on the site already holds it', async () => {
    const entityId = await newEntity();
    const insert = async (site: string, lazadaSellerId: string): Promise<string> =>
      (
        await sql(
          `INSERT INTO stores (agency_id, seller_entity_id, site, shop_name, lazada_seller_id)
           VALUES ($1, $2, $3, 'Old shop', $4) RETURNING id`,
          [agency.agencyId, entityId, site, lazadaSellerId],
        )
      )[0].id;
    const spaced = await insert('TH', 'th 8001');
    const alreadyNormal = await insert('MY', 'MY8002');
    const duplicateOfNormal = await insert('MY', 'my 8002');
    const twins = [
      { id: await insert('PH', 'ph 8003'), spelling: 'ph 8003' },
      { id: await insert('PH', 'ｐｈ８００３'), spelling: 'ｐｈ８００３' },
    ].sort((a, b) => a.id.localeCompare(b.id));

    const runner = { query: (text: string, values?: unknown[]) => sql(text, values) };
    await new NormalizeStoredSellerIds1795970000000().up(runner as unknown as QueryRunner);

    const stored = async (id: string) =>
      (await sql(`SELECT lazada_seller_id FROM stores WHERE id = $1`, [id]))[0].lazada_seller_id;
    expect(await stored(spaced)).toBe('TH8001');
    expect(await stored(alreadyNormal)).toBe('MY8002');
    expect(await stored(duplicateOfNormal)).toBe('my 8002');
    // Of two spellings of one id, the first by id takes the normal form; the other stays.
    expect([await stored(twins[0].id), await stored(twins[1].id)]).toEqual([
      'PH8003',
      twins[1].spelling,
    ]);
    const [{ forced }] = await sql(
      `SELECT relforcerowsecurity AS forced FROM pg_class WHERE relname = 'stores'`,
    );
    expect(forced).toBe(true);

    // The normalised id is now refused however it is typed again.
    const again = await addStore({
      sellerEntityId: entityId,
      site: 'TH',
      lazadaSellerId: 'Th8001',
    });
    expect(failure(again)).toEqual({ code: 'CONFLICT', fields: ['lazadaSellerId:TAKEN'] });
  });
});
