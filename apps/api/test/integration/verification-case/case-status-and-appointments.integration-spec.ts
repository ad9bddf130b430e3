import { caseClient, SCHEDULE } from '../../support/cases';
import { failure, rowCounts } from '../../support/errors';
import { signUpAgency, SignedUpAgency, SIGN_UP } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { createPortfolio } from '../../support/portfolio';
import { startTestApi, TestApi, uniqueEmail } from '../../support/test-api';

// Every instant here is set on the API's clock; none depends on when the suite runs.
const NOTICE = '2026-06-01T01:00:00.000Z';
const DEADLINE = '2026-06-04T01:00:00.000Z';

let api: TestApi;
let agency: SignedUpAgency;
let cases: ReturnType<typeof caseClient>;
let usccSeed = 900;

async function openCase(token = agency.token, site = 'TH') {
  const p = await createPortfolio(api, token, {
    uscc: makeUscc(usccSeed++),
    sites: [site],
    licenseExpiresOn: null,
  });
  const opened = await caseClient(api, token).open({
    sellerEntityId: p.entityId,
    representativeId: p.representativeId,
    site,
    trigger: 'REGISTRATION_MISMATCH',
    noticeReceivedAt: NOTICE,
  });
  return { ...p, caseId: opened.id as string };
}

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  cases = caseClient(api, agency.token);
});
beforeEach(() => api.clock.set('2026-06-01T02:00:00.000Z'));
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('case status', () => {
  it('goes AWAITING_BOOKING → SCHEDULED → FAILED → SCHEDULED → PASSED, and the entity and representative follow', async () => {
    const { caseId } = await openCase();
    const statuses = (view: any) => [
      view.status,
      view.sellerEntity.verificationStatus,
      view.representative.verificationStatus,
    ];
    expect(statuses(await cases.view(caseId))).toEqual([
      'AWAITING_BOOKING',
      'AWAITING_BOOKING',
      'AWAITING_BOOKING',
    ]);

    await cases.schedule(caseId, '2026-06-02T03:00:00.000Z');
    expect(statuses(await cases.view(caseId))).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);

    api.clock.set('2026-06-02T03:30:00.000Z');
    await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-06-02T03:05:00.000Z',
      failureReasons: ['AUDIO_UNCLEAR'],
    });
    expect(statuses(await cases.view(caseId))).toEqual(['FAILED', 'FAILED', 'FAILED']);

    api.clock.set('2026-06-02T04:00:00.000Z');
    await cases.schedule(caseId, '2026-06-03T03:00:00.000Z');
    expect(statuses(await cases.view(caseId))).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);

    api.clock.set('2026-06-03T03:20:00.000Z');
    await cases.attempt({ caseId, outcome: 'PASSED', occurredAt: '2026-06-03T03:10:00.000Z' });
    const passed = await cases.view(caseId);
    expect(statuses(passed)).toEqual(['PASSED', 'VERIFIED', 'VERIFIED']);
    expect(passed.passedAt).toBe('2026-06-03T03:10:00.000Z');
    expect(passed.attempts.map((attempt: any) => attempt.outcome)).toEqual(['FAILED', 'PASSED']);
  });

  it('is SCHEDULED when a slot is booked right after a failed call, at the same instant', async () => {
    const { caseId } = await openCase();
    api.clock.set('2026-06-01T05:00:00.000Z');
    await cases.attempt({
      caseId,
      outcome: 'NO_SHOW',
      occurredAt: '2026-06-01T04:00:00.000Z',
    });
    const rebooked = await cases.schedule(caseId, '2026-06-02T03:00:00.000Z');
    expect(rebooked.status).toBe('SCHEDULED');
    expect((await cases.view(caseId)).status).toBe('SCHEDULED');
  });

  it('is OVERDUE once the clock passes the deadline, with negative hours remaining, even with a slot booked', async () => {
    const { caseId } = await openCase();
    await cases.schedule(caseId, '2026-06-03T03:00:00.000Z');
    api.clock.set(DEADLINE);
    expect(await cases.view(caseId)).toMatchObject({ status: 'SCHEDULED', hoursRemaining: 0 });
    api.clock.set('2026-06-04T03:00:00.000Z');
    const overdue = await cases.view(caseId);
    expect(overdue).toMatchObject({ status: 'OVERDUE', hoursRemaining: -2 });
    expect(overdue.sellerEntity.verificationStatus).toBe('OVERDUE');
    expect(overdue.representative.verificationStatus).toBe('OVERDUE');
  });

  it('counts the hours remaining from the clock', async () => {
    const { caseId } = await openCase();
    api.clock.set('2026-06-03T13:45:00.000Z');
    expect((await cases.view(caseId)).hoursRemaining).toBe(11.25);
  });

  it('is CANCELLED after cancel, and the entity is NOT_REQUIRED again', async () => {
    const { caseId } = await openCase();
    const cancelled = await cases.cancel(caseId);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sellerEntity.verificationStatus).toBe('NOT_REQUIRED');
    expect(cancelled.representative.verificationStatus).toBe('NOT_REQUIRED');
    api.clock.set('2026-06-10T00:00:00.000Z'); // past the deadline: still CANCELLED, not OVERDUE
    expect((await cases.view(caseId)).status).toBe('CANCELLED');
  });

  it('refuses to cancel a PASSED case', async () => {
    const { caseId } = await openCase();
    await cases.attempt({ caseId, outcome: 'PASSED', occurredAt: '2026-06-01T01:30:00.000Z' });
    const result = await api.gql(
      `mutation C($id: ID!) { cancelVerificationCase(id: $id) { id } }`,
      { id: caseId },
      { as: agency.token },
    );
    expect(failure(result).code).toBe('CONFLICT');
    expect((await cases.view(caseId)).status).toBe('PASSED');
  });
});

describe('scheduling an appointment', () => {
  const schedule = (caseId: string, startsAt: string) =>
    api.gql(SCHEDULE, { input: { caseId, startsAt } }, { as: agency.token });

  it('refuses a slot in the past (IN_PAST) and keeps the case unbooked', async () => {
    const { caseId } = await openCase();
    const before = await rowCounts(agency.agencyId);
    const result = await schedule(caseId, '2026-06-01T01:59:00.000Z');
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['startsAt:IN_PAST'] });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
    expect(await cases.view(caseId)).toMatchObject({
      status: 'AWAITING_BOOKING',
      appointment: null,
    });
  });

  it('refuses a slot after the deadline (AFTER_DEADLINE), and accepts one right at it', async () => {
    const { caseId } = await openCase();
    const late = await schedule(caseId, '2026-06-04T01:00:01.000Z');
    expect(failure(late)).toEqual({ code: 'BAD_USER_INPUT', fields: ['startsAt:AFTER_DEADLINE'] });
    expect((await cases.view(caseId)).appointment).toBeNull();
    const atDeadline = await cases.schedule(caseId, DEADLINE);
    expect(atDeadline.appointment.startsAt).toBe(DEADLINE);
  });

  it('refuses to book on a PASSED case (CONFLICT)', async () => {
    const { caseId } = await openCase();
    await cases.attempt({ caseId, outcome: 'PASSED', occurredAt: '2026-06-01T01:30:00.000Z' });
    const result = await schedule(caseId, '2026-06-02T03:00:00.000Z');
    expect(failure(result).code).toBe('CONFLICT');
    expect((await cases.view(caseId)).appointment).toBeNull();
  });

  it('refuses to book on a CANCELLED case (CONFLICT)', async () => {
    const { caseId } = await openCase();
    await cases.cancel(caseId);
    const result = await schedule(caseId, '2026-06-02T03:00:00.000Z');
    expect(failure(result).code).toBe('CONFLICT');
    expect((await cases.view(caseId)).appointment).toBeNull();
  });

  it('replaces the slot when booked again', async () => {
    const { caseId } = await openCase();
    await cases.schedule(caseId, '2026-06-02T03:00:00.000Z');
    const rebooked = await cases.schedule(caseId, '2026-06-03T02:30:00.000Z');
    expect(rebooked.appointment.startsAt).toBe('2026-06-03T02:30:00.000Z');
    expect((await cases.view(caseId)).appointment.startsAt).toBe('2026-06-03T02:30:00.000Z');
  });
});

describe('the slot in site time and agency time', () => {
  it('shows 10:00 in Bangkok as 11:00 for an Asia/Shanghai agency', async () => {
    const { caseId } = await openCase(agency.token, 'TH');
    const booked = await cases.schedule(caseId, '2026-06-02T03:00:00.000Z');
    expect(booked.appointment).toEqual({
      id: expect.any(String),
      startsAt: '2026-06-02T03:00:00.000Z',
      site: 'TH',
      siteTimeZone: 'Asia/Bangkok',
      startsAtSiteLocal: '2026-06-02T10:00:00.000+07:00',
      startsAtAgencyLocal: '2026-06-02T11:00:00.000+08:00',
    });
  });

  it('uses the zone of the case site (Kuala Lumpur, +08:00)', async () => {
    const { caseId } = await openCase(agency.token, 'MY');
    const booked = await cases.schedule(caseId, '2026-06-02T02:00:00.000Z');
    expect(booked.appointment).toMatchObject({
      site: 'MY',
      siteTimeZone: 'Asia/Kuala_Lumpur',
      startsAtSiteLocal: '2026-06-02T10:00:00.000+08:00',
      startsAtAgencyLocal: '2026-06-02T10:00:00.000+08:00',
    });
  });

  it('shows both times at +07:00 for an agency signed up in Asia/Bangkok', async () => {
    const signedUp = await api.gql(SIGN_UP, {
      input: {
        agencyName: '曼谷服务商',
        name: '陈静',
        email: uniqueEmail('bangkok'),
        password: 'correct horse battery',
        timeZone: 'Asia/Bangkok',
      },
    });
    const bangkok = signedUp.data!.signUp;
    expect(bangkok.viewer.agency.timeZone).toBe('Asia/Bangkok');
    const { caseId } = await openCase(bangkok.token, 'TH');
    const booked = await caseClient(api, bangkok.token).schedule(
      caseId,
      '2026-06-02T03:00:00.000Z',
    );
    expect(booked.appointment).toMatchObject({
      siteTimeZone: 'Asia/Bangkok',
      startsAtSiteLocal: '2026-06-02T10:00:00.000+07:00',
      startsAtAgencyLocal: '2026-06-02T10:00:00.000+07:00',
    });
  });
});
