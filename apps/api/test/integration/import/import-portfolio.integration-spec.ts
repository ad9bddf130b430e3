import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';
import {
  IMPORT_PORTFOLIO as IMPORT,
  ok,
  USCC,
  PORTFOLIO_CSV_HEADER as HEADER,
} from '../../support/portfolio';

let api: TestApi;
let agency: SignedUpAgency;

const GOOD = [
  HEADER,
  `${USCC[0]},深圳市海拓电子商务有限公司,张伟,home-appliances;cosmetics,2027-06-30,TH,Haituo TH,TH1001,home-appliances`,
  `${USCC[0]},深圳市海拓电子商务有限公司,张伟,home-appliances;cosmetics,2027-06-30,MY,Haituo MY,MY1001,cosmetics;home-appliances`,
  `${USCC[1].toLowerCase()},"广州星辰贸易有限公司",李强,toys,长期,PH,"Xingchen, PH",PH2001,toys`,
].join('\n');

const count = (sql: string, values: unknown[] = []) =>
  withAdminClient(
    async (client) => (await client.query(sql, values)).rows[0].n as number,
    process.env.TEST_DATABASE_URL,
  );
const counts = async () => ({
  entities: await count('SELECT count(*)::int AS n FROM seller_entities WHERE agency_id = $1', [
    agency.agencyId,
  ]),
  stores: await count('SELECT count(*)::int AS n FROM stores WHERE agency_id = $1', [
    agency.agencyId,
  ]),
  licences: await count(
    `SELECT count(*)::int AS n FROM documents WHERE agency_id = $1 AND type = 'BUSINESS_LICENSE'`,
    [agency.agencyId],
  ),
});

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
});
afterAll(() => api.close());

describe('importPortfolio', () => {
  it('writes nothing on a dry run, but reports what it would do', async () => {
    const report = ok(
      await api.gql(IMPORT, { csv: GOOD, dryRun: true }, { as: agency.token }),
      'importPortfolio',
    );
    expect(report).toEqual({ dryRun: true, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await counts()).toEqual({ entities: 0, stores: 0, licences: 0 });
  });

  it('refuses the whole file for one bad row, listing every error with its spreadsheet row', async () => {
    const csv = [
      HEADER,
      `${USCC[2]},北京远航科技有限公司,王芳,electronics,2027-01-01,SG,Yuanhang SG,SG3001,electronics`,
      `91350100M000100Y44,坏校验码公司,赵六,,2027-01-01,VN,Bad VN,VN3002,`,
      `${USCC[3]},,孙七,,2027-13-01,XX,,VN3003,`,
    ].join('\r\n');
    const report = ok(await api.gql(IMPORT, { csv }, { as: agency.token }), 'importPortfolio');
    expect(report.errors.map((error: any) => [error.row, error.field, error.code])).toEqual([
      [3, 'uscc', 'INVALID_CHECKSUM'],
      [4, 'legal_name', 'REQUIRED'],
      [4, 'license_expires_on', 'INVALID_DATE'],
      [4, 'site', 'INVALID_FORMAT'],
      [4, 'shop_name', 'REQUIRED'],
    ]);
    expect(await counts()).toEqual({ entities: 0, stores: 0, licences: 0 });
  });

  it('imports entities by USCC, stores by site and seller id, and the licence expiry (长期 = long-term)', async () => {
    const report = ok(
      await api.gql(IMPORT, { csv: GOOD }, { as: agency.token }),
      'importPortfolio',
    );
    expect(report).toEqual({ dryRun: false, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await counts()).toEqual({ entities: 2, stores: 3, licences: 2 });
    const result = await api.gql(
      `{ sellerEntities { edges { node { uscc legalName businessScope businessLicense { expiresOn status } stores { site shopName status categories } } } } }`,
      {},
      { as: agency.token },
    );
    const byUscc = Object.fromEntries(
      result.data!.sellerEntities.edges.map((edge: any) => [edge.node.uscc, edge.node]),
    );
    expect(byUscc[USCC[0]].businessLicense).toEqual({ expiresOn: '2027-06-30', status: 'VALID' });
    expect(byUscc[USCC[0]].businessScope).toEqual(['home-appliances', 'cosmetics']);
    expect(byUscc[USCC[0]].stores.map((store: any) => store.site).sort()).toEqual(['MY', 'TH']);
    expect(byUscc[USCC[1]].businessLicense.expiresOn).toBeNull();
    expect(byUscc[USCC[1]].stores[0]).toMatchObject({
      shopName: 'Xingchen, PH',
      status: 'ACTIVE',
      categories: ['toys'],
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await count('SELECT count(*)::int AS n FROM audit_events WHERE agency_id = $1', [
      agency.agencyId,
    ]);
    const report = ok(
      await api.gql(IMPORT, { csv: GOOD }, { as: agency.token }),
      'importPortfolio',
    );
    expect(report).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await counts()).toEqual({ entities: 2, stores: 3, licences: 2 });
    expect(
      await count('SELECT count(*)::int AS n FROM audit_events WHERE agency_id = $1', [
        agency.agencyId,
      ]),
    ).toBe(before + 1);
  });

  it('updates what changed and counts each row once', async () => {
    // The licence (an entity field, counted on the entity's first row) and the MY shop name change.
    const csv = GOOD.replace(/2027-06-30/g, '2028-06-30').replace(
      'MY,Haituo MY',
      'MY,Haituo Malaysia',
    );
    const report = ok(await api.gql(IMPORT, { csv }, { as: agency.token }), 'importPortfolio');
    expect(report).toEqual({ dryRun: false, created: 0, updated: 2, unchanged: 1, errors: [] });
    const expiry = await withAdminClient(
      async (client) =>
        (
          await client.query(
            `SELECT d.expires_on::text AS e FROM documents d JOIN seller_entities s ON s.id = d.seller_entity_id WHERE s.uscc = $1 AND s.agency_id = $2 AND d.type = 'BUSINESS_LICENSE'`,
            [USCC[0], agency.agencyId],
          )
        ).rows[0].e,
      process.env.TEST_DATABASE_URL,
    );
    expect(expiry).toBe('2028-06-30');
  });

  it('reports a missing column, rows that disagree on one entity, and a repeated store', async () => {
    const missing = ok(
      await api.gql(IMPORT, { csv: 'uscc,legal_name\nx,y' }, { as: agency.token }),
      'importPortfolio',
    );
    expect(missing.errors[0]).toMatchObject({ row: 1, code: 'MISSING_COLUMN' });
    const csv = [
      HEADER,
      `${USCC[4]},甲公司,张三,,2027-01-01,TH,A TH,TH9001,`,
      `${USCC[4]},乙公司,张三,,2027-01-01,MY,A MY,MY9001,`,
      `${USCC[4]},甲公司,张三,,2027-01-01,TH,A TH again,TH9001,`,
    ].join('\n');
    const report = ok(await api.gql(IMPORT, { csv }, { as: agency.token }), 'importPortfolio');
    expect(report.errors.map((error: any) => [error.row, error.field, error.code])).toEqual([
      [3, 'legal_name', 'CONFLICTING_VALUE'],
      [4, 'lazada_seller_id', 'DUPLICATE'],
    ]);
  });

  it('is forbidden to a VIEWER and sees nothing of another agency', async () => {
    const other = await signUpAgency(api);
    const report = ok(await api.gql(IMPORT, { csv: GOOD }, { as: other.token }), 'importPortfolio');
    // The same USCCs are new in the other agency: created there, untouched here.
    expect(report.created).toBe(3);
    expect(await counts()).toEqual({ entities: 2, stores: 3, licences: 2 });
    const viewer = await (
      await import('../../support/fixtures')
    ).addMember(api, agency.token, 'VIEWER');
    const forbidden = await api.gql(IMPORT, { csv: GOOD }, { as: viewer.token });
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
