import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, OPEN_CASE, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
});
afterAll(() => api.close());
afterEach(() => api.clock.reset());

const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    verificationCase(id: $id) {
      id
      status
      hoursRemaining
      deadlineAt
      passedAt
      appointment {
        startsAt
        site
        siteTimeZone
        startsAtSiteLocal
        startsAtAgencyLocal
      }
      attempts {
        outcome
        failureReasons
        freezeExtensionHours
      }
      checklist {
        key
        done
      }
      readiness {
        ready
        issues {
          code
          severity
          subjectId
        }
      }
      affectedStores {
        id
        site
        status
        restrictedModules
        freezeUntil
      }
      representative {
        id
        verificationStatus
        verifiedAt
      }
      sellerEntity {
        id
        verificationStatus
      }
    }
  }
`;
const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) {
      id
      status
      appointment {
        startsAtSiteLocal
        startsAtAgencyLocal
      }
    }
  }
`;
const ATTEMPT = /* GraphQL */ `
  mutation Attempt($input: RecordAttemptInput!) {
    recordAttempt(input: $input) {
      id
      status
      passedAt
    }
  }
`;

describe('a verification case from notice to pass', () => {
  it('restricts the store on the site, books a Bangkok slot shown in both zones, fails, extends the freeze, then passes and restores every store', async () => {
    api.clock.set('2026-12-01T02:00:00.000Z'); // 10:00 Shanghai
    const { entityId, representativeId, storeIds } = await createPortfolio(api, agency.token, {
      sites: ['TH', 'MY', 'PH'],
      licenseExpiresOn: null,
    });

    const opened = ok(
      await api.gql(
        OPEN_CASE,
        {
          input: {
            sellerEntityId: entityId,
            representativeId,
            site: 'TH',
            trigger: 'LOGIN_ENVIRONMENT',
            noticeReceivedAt: '2026-12-01T01:00:00.000Z',
          },
        },
        { as: agency.token },
      ),
      'openVerificationCase',
    );
    expect(opened).toMatchObject({
      status: 'AWAITING_BOOKING',
      deadlineAt: '2026-12-04T01:00:00.000Z',
      hoursRemaining: 71,
    });

    let view = ok(await api.gql(CASE, { id: opened.id }, { as: agency.token }), 'verificationCase');
    const bySite = (stores: any[]) =>
      Object.fromEntries(stores.map((store) => [store.site, store]));
    expect(bySite(view.affectedStores).TH).toMatchObject({
      status: 'RESTRICTED',
      restrictedModules: ['PRODUCT_LISTING', 'ORDERS', 'FINANCE'],
    });
    expect(bySite(view.affectedStores).MY.status).toBe('ACTIVE');
    expect(view.readiness.issues.map((issue: any) => issue.code)).toEqual([
      'NO_APPOINTMENT',
      'DTI_MISSING',
      'CHECKLIST_INCOMPLETE',
    ]);
    expect(view.sellerEntity.verificationStatus).toBe('AWAITING_BOOKING');

    const scheduled = ok(
      await api.gql(
        SCHEDULE,
        { input: { caseId: opened.id, startsAt: '2026-12-02T03:00:00.000Z' } },
        { as: agency.token },
      ),
      'scheduleAppointment',
    );
    expect(scheduled.status).toBe('SCHEDULED');
    view = ok(await api.gql(CASE, { id: opened.id }, { as: agency.token }), 'verificationCase');
    expect(view.appointment).toEqual({
      startsAt: '2026-12-02T03:00:00.000Z',
      site: 'TH',
      siteTimeZone: 'Asia/Bangkok',
      startsAtSiteLocal: '2026-12-02T10:00:00.000+07:00',
      startsAtAgencyLocal: '2026-12-02T11:00:00.000+08:00',
    });

    api.clock.set('2026-12-02T03:30:00.000Z');
    const failed = ok(
      await api.gql(
        ATTEMPT,
        {
          input: {
            caseId: opened.id,
            outcome: 'FAILED',
            occurredAt: '2026-12-02T03:10:00.000Z',
            failureReasons: ['DOCUMENT_BLURRY'],
            freezeExtensionHours: 48,
          },
        },
        { as: agency.token },
      ),
      'recordAttempt',
    );
    expect(failed.status).toBe('FAILED');
    view = ok(await api.gql(CASE, { id: opened.id }, { as: agency.token }), 'verificationCase');
    expect(view.appointment).toBeNull();
    expect(bySite(view.affectedStores).TH.freezeUntil).toBe('2026-12-04T03:10:00.000Z');
    expect(bySite(view.affectedStores).MY.freezeUntil).toBeNull();
    expect(view.representative.verificationStatus).toBe('FAILED');

    ok(
      await api.gql(
        SCHEDULE,
        { input: { caseId: opened.id, startsAt: '2026-12-03T02:30:00.000Z' } },
        { as: agency.token },
      ),
      'scheduleAppointment',
    );
    api.clock.set('2026-12-03T03:00:00.000Z');
    const passed = ok(
      await api.gql(
        ATTEMPT,
        { input: { caseId: opened.id, outcome: 'PASSED', occurredAt: '2026-12-03T02:40:00.000Z' } },
        { as: agency.token },
      ),
      'recordAttempt',
    );
    expect(passed).toMatchObject({ status: 'PASSED', passedAt: '2026-12-03T02:40:00.000Z' });
    view = ok(await api.gql(CASE, { id: opened.id }, { as: agency.token }), 'verificationCase');
    for (const store of view.affectedStores) {
      expect(store).toMatchObject({ status: 'ACTIVE', restrictedModules: [], freezeUntil: null });
    }
    expect(Object.keys(bySite(view.affectedStores)).sort()).toEqual(Object.keys(storeIds).sort());
    expect(view.representative).toMatchObject({
      id: representativeId,
      verificationStatus: 'VERIFIED',
      verifiedAt: '2026-12-03T02:40:00.000Z',
    });
    expect(view.sellerEntity.verificationStatus).toBe('VERIFIED');
  });
});
