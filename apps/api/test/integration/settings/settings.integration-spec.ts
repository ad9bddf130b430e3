import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, ok, RECORD_DOCUMENT } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let owner: SignedUpAgency;

beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpAgency(api);
});
afterAll(() => api.close());

const UPDATE_AGENCY = /* GraphQL */ `
  mutation U($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      name
      timeZone
      expiryWarningDays
    }
  }
`;

describe('agency settings', () => {
  it('lets an OWNER change the time zone and the warning window, which then drive document status', async () => {
    api.clock.set('2026-12-01T02:00:00.000Z');
    const { entityId } = await createPortfolio(api, owner.token, { sites: ['TH'] });
    const document = ok(
      await api.gql(
        RECORD_DOCUMENT,
        { input: { sellerEntityId: entityId, type: 'ISO_CERTIFICATE', expiresOn: '2027-01-15' } },
        { as: owner.token },
      ),
      'recordDocument',
    );
    expect(document.status).toBe('VALID'); // 45 days > 30
    const updated = ok(
      await api.gql(
        UPDATE_AGENCY,
        { input: { timeZone: 'Asia/Bangkok', expiryWarningDays: 60 } },
        { as: owner.token },
      ),
      'updateAgency',
    );
    expect(updated).toMatchObject({ timeZone: 'Asia/Bangkok', expiryWarningDays: 60 });
    const after = await api.gql(
      `{ documents(filter: { type: ISO_CERTIFICATE }) { edges { node { status } } } }`,
      {},
      { as: owner.token },
    );
    expect(after.data!.documents.edges[0].node.status).toBe('EXPIRING_SOON');
    api.clock.reset();
  });

  it('refuses a fixed offset and an out-of-range window, field by field', async () => {
    const result = await api.gql(
      UPDATE_AGENCY,
      { input: { timeZone: 'UTC+8', expiryWarningDays: 0 } },
      { as: owner.token },
    );
    expect(result.errors![0].extensions!.fieldErrors).toEqual([
      expect.objectContaining({ field: 'timeZone', code: 'INVALID_FORMAT' }),
      expect.objectContaining({ field: 'expiryWarningDays', code: 'OUT_OF_RANGE' }),
    ]);
  });

  it('is for OWNER and ADMIN only', async () => {
    const manager = await addMember(api, owner.token, 'MANAGER');
    const result = await api.gql(
      UPDATE_AGENCY,
      { input: { name: 'Mine now' } },
      { as: manager.token },
    );
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('profile', () => {
  it("changes the signed-in user's language and time zone", async () => {
    const viewer = await addMember(api, owner.token, 'VIEWER');
    const result = await api.gql(
      `mutation { updateProfile(input: { locale: "en", timeZone: "Asia/Jakarta" }) { locale timeZone } }`,
      {},
      { as: viewer.token },
    );
    expect(result.data!.updateProfile).toEqual({ locale: 'en', timeZone: 'Asia/Jakarta' });
    const me = await api.gql(`{ me { user { locale timeZone } } }`, {}, { as: viewer.token });
    expect(me.data!.me.user).toEqual({ locale: 'en', timeZone: 'Asia/Jakarta' });
    const bad = await api.gql(
      `mutation { updateProfile(input: { locale: "fr" }) { locale } }`,
      {},
      { as: viewer.token },
    );
    expect(bad.errors![0].extensions!.fieldErrors![0]).toMatchObject({
      field: 'locale',
      code: 'INVALID_FORMAT',
    });
  });
});

describe('expiries by week', () => {
  it('counts documents per week from this week on', async () => {
    const agency = await signUpAgency(api);
    api.clock.set('2026-12-02T02:00:00.000Z'); // a Wednesday
    const { entityId } = await createPortfolio(api, agency.token, {
      sites: ['MY'],
      licenseExpiresOn: '2026-12-04',
    });
    await api.gql(
      RECORD_DOCUMENT,
      { input: { sellerEntityId: entityId, type: 'PRODUCT_FILING', expiresOn: '2026-12-08' } },
      { as: agency.token },
    );
    await api.gql(
      RECORD_DOCUMENT,
      { input: { sellerEntityId: entityId, type: 'PRODUCT_FILING', expiresOn: '2026-11-30' } },
      { as: agency.token },
    );
    const weeks = await api.gql(
      `{ documentExpiryWeeks(weeks: 3) { weekStart documents businessLicenses } }`,
      {},
      { as: agency.token },
    );
    expect(weeks.data!.documentExpiryWeeks).toEqual([
      { weekStart: '2026-11-30', documents: 1, businessLicenses: 1 }, // the one already expired on Monday is not upcoming
      { weekStart: '2026-12-07', documents: 1, businessLicenses: 0 },
      { weekStart: '2026-12-14', documents: 0, businessLicenses: 0 },
    ]);
    api.clock.reset();
  });
});
