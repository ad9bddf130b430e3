import { failure, rowCounts, sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { fullWidth, makeUscc, spaced, withWrongUsccCheck } from '../../support/identifiers';
import { CREATE_ENTITY, createPortfolio, OPEN_CASE, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;

const ENTITIES = /* GraphQL */ `
  query Entities($first: Int, $after: String, $filter: SellerEntityFilter) {
    sellerEntities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          legalName
          uscc
          archivedAt
        }
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    sellerEntity(id: $id) {
      id
      legalName
      englishName
      uscc
      registeredRepresentativeName
      businessScope
      violationsLast90Days
      needsChineseSupport
      chineseSupportRequested
      archivedAt
      manager {
        id
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateSellerEntityInput!) {
    updateSellerEntity(id: $id, input: $input) {
      id
      legalName
      englishName
      businessScope
      violationsLast90Days
      chineseSupportRequested
    }
  }
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($id: ID!) {
    archiveSellerEntity(id: $id) {
      id
      archivedAt
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  {
    members {
      id
      user {
        email
      }
    }
  }
`;

function entityInput(uscc: string, overrides: Record<string, unknown> = {}) {
  return {
    legalName: '深圳市海拓电子商务有限公司',
    englishName: 'Shenzhen Haituo E-commerce Co., Ltd.',
    uscc,
    registeredRepresentativeName: '张伟',
    businessScope: ['home-appliances'],
    ...overrides,
  };
}

const ids = (connection: any): string[] => connection.edges.map((edge: any) => edge.node.id);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('creating an entity: the USCC', () => {
  let agency: SignedUpAgency;
  beforeAll(async () => {
    agency = await signUpAgency(api);
  });

  it('accepts a valid USCC typed in lower case and stores it upper-case', async () => {
    const created = ok(
      await api.gql(
        CREATE_ENTITY,
        { input: entityInput('91350100m000100y43') },
        { as: agency.token },
      ),
      'createSellerEntity',
    );
    expect(created.uscc).toBe('91350100M000100Y43');
    const [row] = await sql(`SELECT uscc FROM seller_entities WHERE id = $1`, [created.id]);
    expect(row.uscc).toBe('91350100M000100Y43');
  });

  it('rejects a wrong check character with INVALID_CHECKSUM on uscc and writes nothing', async () => {
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      CREATE_ENTITY,
      { input: entityInput(withWrongUsccCheck(makeUscc(101))) },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['uscc:INVALID_CHECKSUM'] });
    expect(result.errors![0].extensions!.fieldErrors![0].message).toBeTruthy();
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it.each([
    ['a letter outside the alphabet (O)', '91440300O00000001X'],
    ['a letter outside the alphabet (I)', '9144030I0000000018'],
    ['17 characters', '91440300000000001'],
    ['punctuation', '91440300-00000001X'],
  ])('rejects %s with INVALID_FORMAT on uscc and writes nothing', async (_label, uscc) => {
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(CREATE_ENTITY, { input: entityInput(uscc) }, { as: agency.token });
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['uscc:INVALID_FORMAT'] });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('refuses a USCC already used in the agency, however it is cased, with CONFLICT on uscc', async () => {
    const uscc = makeUscc(102);
    ok(
      await api.gql(CREATE_ENTITY, { input: entityInput(uscc) }, { as: agency.token }),
      'createSellerEntity',
    );
    const before = await rowCounts(agency.agencyId);
    const again = await api.gql(
      CREATE_ENTITY,
      { input: entityInput(uscc.toLowerCase(), { legalName: '另一家公司' }) },
      { as: agency.token },
    );
    const error = failure(again);
    expect(error.code).toBe('CONFLICT');
    expect(error.fields.map((field) => field.split(':')[0])).toEqual(['uscc']);
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it.each([
    ['pasted in groups with spaces', 104, (uscc: string) => spaced(uscc)],
    ['typed full-width and in lower case', 105, (uscc: string) => fullWidth(uscc)],
    ['pasted with a tab and an ideographic space', 106, (uscc: string) => `\t${uscc}\u3000`],
  ])('accepts a USCC %s and stores the 18-character code', async (_label, n, paste) => {
    const uscc = makeUscc(n);
    const created = ok(
      await api.gql(CREATE_ENTITY, { input: entityInput(paste(uscc)) }, { as: agency.token }),
      'createSellerEntity',
    );
    expect(created.uscc).toBe(uscc);
    const [row] = await sql(`SELECT uscc FROM seller_entities WHERE id = $1`, [created.id]);
    expect(row.uscc).toBe(uscc);
  });

  it('refuses a spaced or full-width paste of a USCC already registered with CONFLICT on uscc', async () => {
    const uscc = makeUscc(110);
    ok(
      await api.gql(CREATE_ENTITY, { input: entityInput(uscc) }, { as: agency.token }),
      'createSellerEntity',
    );
    const before = await rowCounts(agency.agencyId);
    for (const paste of [spaced(uscc), fullWidth(uscc)]) {
      const again = await api.gql(
        CREATE_ENTITY,
        { input: entityInput(paste, { legalName: '另一家公司' }) },
        { as: agency.token },
      );
      expect(failure(again)).toEqual({ code: 'CONFLICT', fields: ['uscc:TAKEN'] });
    }
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('accepts the same USCC in another agency', async () => {
    const uscc = makeUscc(103);
    const other = await signUpAgency(api, '广州跨境服务公司');
    ok(
      await api.gql(CREATE_ENTITY, { input: entityInput(uscc) }, { as: agency.token }),
      'createSellerEntity',
    );
    const created = ok(
      await api.gql(CREATE_ENTITY, { input: entityInput(uscc) }, { as: other.token }),
      'createSellerEntity',
    );
    expect(created.uscc).toBe(uscc);
  });
});

describe('updating and archiving', () => {
  let agency: SignedUpAgency;
  beforeAll(async () => {
    agency = await signUpAgency(api);
  });

  it('updates the given fields, leaves the others, and writes a sellerEntity.update audit event', async () => {
    const { entityId } = await createPortfolio(api, agency.token, { uscc: makeUscc(201) });
    const updated = ok(
      await api.gql(
        UPDATE,
        {
          id: entityId,
          input: {
            englishName: 'Haituo Trading',
            businessScope: [' cosmetics ', 'home-appliances'],
            violationsLast90Days: 2,
            chineseSupportRequested: true,
          },
        },
        { as: agency.token },
      ),
      'updateSellerEntity',
    );
    expect(updated).toMatchObject({
      legalName: '深圳市海拓电子商务有限公司',
      englishName: 'Haituo Trading',
      businessScope: ['cosmetics', 'home-appliances'],
      violationsLast90Days: 2,
      chineseSupportRequested: true,
    });
    const read = ok(await api.gql(ENTITY, { id: entityId }, { as: agency.token }), 'sellerEntity');
    expect(read).toMatchObject({
      englishName: 'Haituo Trading',
      registeredRepresentativeName: '张伟',
    });

    const events = await sql(
      `SELECT actor, changes FROM audit_events WHERE agency_id = $1 AND subject_id = $2 AND action = 'sellerEntity.update'`,
      [agency.agencyId, entityId],
    );
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({
      englishName: 'Haituo Trading',
      violationsLast90Days: 2,
      chineseSupportRequested: true,
    });
    expect(events[0].changes).not.toHaveProperty('legalName');
  });

  it('rejects a negative violation count and changes nothing', async () => {
    const { entityId } = await createPortfolio(api, agency.token, { uscc: makeUscc(202) });
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      UPDATE,
      { id: entityId, input: { violationsLast90Days: -1, englishName: 'Changed' } },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['violationsLast90Days:OUT_OF_RANGE'],
    });
    const read = ok(await api.gql(ENTITY, { id: entityId }, { as: agency.token }), 'sellerEntity');
    expect(read.englishName).toBe('Shenzhen Haituo E-commerce Co., Ltd.');
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('archives: hidden from the list and the summary unless includeArchived, still readable, nothing deleted', async () => {
    const fresh = await signUpAgency(api);
    const kept = await createPortfolio(api, fresh.token, { uscc: makeUscc(203), sites: ['TH'] });
    const archived = await createPortfolio(api, fresh.token, {
      uscc: makeUscc(204),
      sites: ['MY', 'PH'],
    });
    const before = await rowCounts(fresh.agencyId);

    const result = ok(
      await api.gql(ARCHIVE, { id: archived.entityId }, { as: fresh.token }),
      'archiveSellerEntity',
    );
    expect(result.archivedAt).toEqual(expect.any(String));

    const listed = ok(await api.gql(ENTITIES, {}, { as: fresh.token }), 'sellerEntities');
    expect(ids(listed)).toEqual([kept.entityId]);
    expect(listed.totalCount).toBe(1);
    const all = ok(
      await api.gql(ENTITIES, { filter: { includeArchived: true } }, { as: fresh.token }),
      'sellerEntities',
    );
    expect(ids(all).sort()).toEqual([kept.entityId, archived.entityId].sort());
    expect(all.totalCount).toBe(2);

    const summary = ok(
      await api.gql(`{ portfolioSummary { sellerEntities stores } }`, {}, { as: fresh.token }),
      'portfolioSummary',
    );
    expect(summary).toEqual({ sellerEntities: 1, stores: 1 });

    const read = ok(
      await api.gql(ENTITY, { id: archived.entityId }, { as: fresh.token }),
      'sellerEntity',
    );
    expect(read.archivedAt).toBe(result.archivedAt);
    const after = await rowCounts(fresh.agencyId);
    expect(after).toEqual({ ...before, audit_events: before.audit_events + 1 });
  });
});

describe('finding entities', () => {
  let agency: SignedUpAgency;
  let managerMemberId: string;
  const entity: Record<string, string> = {};

  beforeAll(async () => {
    agency = await signUpAgency(api);
    const manager = await addMember(api, agency.token, 'MANAGER');
    const members = ok(await api.gql(MEMBERS, {}, { as: agency.token }), 'members');
    managerMemberId = members.find((member: any) => member.user.email === manager.email).id;

    const create = async (key: string, n: number, input: Record<string, unknown>) => {
      entity[key] = ok(
        await api.gql(
          CREATE_ENTITY,
          { input: entityInput(makeUscc(n), input) },
          { as: agency.token },
        ),
        'createSellerEntity',
      ).id;
    };
    await create('haituo', 301, {
      legalName: '深圳市海拓电子商务有限公司',
      englishName: 'Shenzhen Haituo E-commerce Co., Ltd.',
      managerId: managerMemberId,
    });
    await create('lanting', 302, {
      legalName: '杭州兰亭贸易有限公司',
      englishName: 'Hangzhou Lanting Trading',
    });
    await create('lanxin', 303, { legalName: '义乌蓝鑫百货商行', englishName: null });
    await create('mingda', 304, {
      legalName: '广州明达科技有限公司',
      englishName: 'Guangzhou MINGDA Technology',
      managerId: managerMemberId,
    });
    await create('huayu', 305, {
      legalName: '厦门华宇进出口有限公司',
      englishName: 'Xiamen Huayu',
    });
    await create('archived', 306, { legalName: '已注销海拓分公司', englishName: 'Haituo Branch' });
    await api.gql(ARCHIVE, { id: entity.archived }, { as: agency.token });

    // Stores: haituo on TH and MY, lanting on MY, mingda on PH.
    const store = (key: string, site: string, sellerId: string) =>
      api.gql(
        `mutation S($input: AddStoreInput!) { addStore(input: $input) { id } }`,
        {
          input: {
            sellerEntityId: entity[key],
            site,
            shopName: `${key} ${site}`,
            lazadaSellerId: sellerId,
          },
        },
        { as: agency.token },
      );
    await store('haituo', 'TH', 'TH-1');
    await store('haituo', 'MY', 'MY-1');
    await store('lanting', 'MY', 'MY-2');
    await store('mingda', 'PH', 'PH-1');
    await store('archived', 'TH', 'TH-2');

    // An open case for lanting; a cancelled one for huayu.
    const openCase = async (key: string) => {
      const representative = ok(
        await api.gql(
          `mutation R($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }`,
          {
            input: {
              sellerEntityId: entity[key],
              fullName: '张伟',
              role: 'LEGAL_REPRESENTATIVE',
              idType: 'PASSPORT',
              idNumber: 'E12345678',
            },
          },
          { as: agency.token },
        ),
        'addRepresentative',
      );
      return ok(
        await api.gql(
          OPEN_CASE,
          {
            input: {
              sellerEntityId: entity[key],
              representativeId: representative.id,
              site: 'MY',
              trigger: 'LINKED_ACCOUNTS',
              noticeReceivedAt: new Date(Date.now() - 3_600_000).toISOString(),
            },
          },
          { as: agency.token },
        ),
        'openVerificationCase',
      ).id as string;
    };
    await openCase('lanting');
    const cancelled = await openCase('huayu');
    ok(
      await api.gql(
        `mutation C($id: ID!) { cancelVerificationCase(id: $id) { id } }`,
        { id: cancelled },
        { as: agency.token },
      ),
      'cancelVerificationCase',
    );
  });

  const search = async (filter: Record<string, unknown>) =>
    ok(await api.gql(ENTITIES, { filter }, { as: agency.token }), 'sellerEntities');

  it('searches the Chinese legal name by any part', async () => {
    expect(ids(await search({ search: '兰亭' }))).toEqual([entity.lanting]);
    expect(ids(await search({ search: '有限公司' })).sort()).toEqual(
      [entity.haituo, entity.lanting, entity.mingda, entity.huayu].sort(),
    );
  });

  it('searches the English name case-insensitively', async () => {
    expect(ids(await search({ search: 'mingda technology' }))).toEqual([entity.mingda]);
    expect(ids(await search({ search: 'HAITUO' }))).toEqual([entity.haituo]);
  });

  it('searches part of the USCC, in either case', async () => {
    const uscc = makeUscc(304);
    expect(ids(await search({ search: uscc.slice(8, 17) }))).toEqual([entity.mingda]);
    expect(ids(await search({ search: uscc.toLowerCase() }))).toEqual([entity.mingda]);
  });

  it('finds an entity by its USCC as pasted: spaced, full-width, lower case', async () => {
    const uscc = makeUscc(304);
    expect(ids(await search({ search: spaced(uscc.slice(6)) }))).toEqual([entity.mingda]);
    expect(ids(await search({ search: fullWidth(uscc.slice(8)) }))).toEqual([entity.mingda]);
    expect(ids(await search({ search: `${uscc.slice(0, 9)}\t${uscc.slice(9)}` }))).toEqual([
      entity.mingda,
    ]);
  });

  it('still matches names as typed, spaces included', async () => {
    expect(ids(await search({ search: 'Lanting Trading' }))).toEqual([entity.lanting]);
    expect(ids(await search({ search: ' 明达科技 ' }))).toEqual([entity.mingda]);
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    expect((await search({ search: '%' })).totalCount).toBe(0);
    expect((await search({ search: '_' })).totalCount).toBe(0);
  });

  it('finds archived entities by search only with includeArchived', async () => {
    expect(ids(await search({ search: 'Haituo' }))).toEqual([entity.haituo]);
    expect(ids(await search({ search: 'Haituo', includeArchived: true })).sort()).toEqual(
      [entity.haituo, entity.archived].sort(),
    );
  });

  it('filters by site (entities with a store there)', async () => {
    expect(ids(await search({ site: 'MY' })).sort()).toEqual(
      [entity.haituo, entity.lanting].sort(),
    );
    expect(ids(await search({ site: 'TH' }))).toEqual([entity.haituo]);
    expect((await search({ site: 'VN' })).totalCount).toBe(0);
  });

  it('filters by manager', async () => {
    const managed = await search({ managerId: managerMemberId });
    expect(ids(managed).sort()).toEqual([entity.haituo, entity.mingda].sort());
    expect(managed.totalCount).toBe(2);
  });

  it('filters by verification status (a cancelled case counts as NOT_REQUIRED)', async () => {
    expect(ids(await search({ verificationStatus: 'AWAITING_BOOKING' }))).toEqual([entity.lanting]);
    expect(ids(await search({ verificationStatus: 'NOT_REQUIRED' })).sort()).toEqual(
      [entity.haituo, entity.lanxin, entity.mingda, entity.huayu].sort(),
    );
    expect((await search({ verificationStatus: 'VERIFIED' })).totalCount).toBe(0);
  });

  it('combines filters', async () => {
    expect(ids(await search({ site: 'MY', managerId: managerMemberId }))).toEqual([entity.haituo]);
    expect(ids(await search({ site: 'MY', search: '兰亭' }))).toEqual([entity.lanting]);
  });

  it('pages with cursors, newest first, returning every entity exactly once', async () => {
    const seen: string[] = [];
    const totals: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = ok(
        await api.gql(ENTITIES, { first: 2, after }, { as: agency.token }),
        'sellerEntities',
      );
      expect(result.edges.length).toBeLessThanOrEqual(2);
      seen.push(...ids(result));
      totals.push(result.totalCount);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    const live = [entity.haituo, entity.lanting, entity.lanxin, entity.mingda, entity.huayu];
    expect(seen).toHaveLength(live.length);
    expect(new Set(seen)).toEqual(new Set(live));
    expect(seen).toEqual([...live].reverse()); // newest first
    expect(new Set(totals)).toEqual(new Set([5]));
  });

  it('pages correctly when entities share their creation instant (as one import creates them)', async () => {
    const tied = await signUpAgency(api);
    const created: string[] = [];
    for (let n = 0; n < 5; n++) {
      created.push(
        ok(
          await api.gql(
            CREATE_ENTITY,
            { input: entityInput(makeUscc(320 + n)) },
            { as: tied.token },
          ),
          'createSellerEntity',
        ).id,
      );
    }
    await sql(
      `UPDATE seller_entities SET created_at = '2026-11-01T00:00:00Z' WHERE agency_id = $1`,
      [tied.agencyId],
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = ok(
        await api.gql(ENTITIES, { first: 2, after }, { as: tied.token }),
        'sellerEntities',
      );
      seen.push(...ids(result));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(created));
  });

  it('refuses a page size over 100', async () => {
    const result = await api.gql(ENTITIES, { first: 101 }, { as: agency.token });
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['first:OUT_OF_RANGE'] });
  });
});
