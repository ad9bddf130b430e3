import { assessReadiness, ReadinessFacts } from '../readiness';
import { CHECKLIST_KEYS } from '../verification';

// A case that is ready: every rule satisfied. Each test breaks exactly one thing.
const ready: ReadinessFacts = {
  caseId: 'case-1',
  site: 'TH',
  deadlineAt: new Date('2026-12-04T02:00:00Z'),
  appointmentStartsAt: new Date('2026-12-02T03:00:00Z'), // 10:00 Bangkok
  appointmentDate: '2026-12-02',
  today: '2026-12-01',
  entity: {
    id: 'entity-1',
    registeredRepresentativeName: '张 伟',
    businessScope: ['Home Appliances', 'cosmetics'],
    violationsLast90Days: 0,
    needsChineseSupport: false,
    chineseSupportRequested: false,
  },
  representative: {
    id: 'rep-1',
    fullName: '张伟',
    idExpiresOn: '2035-01-01',
    idDocumentId: 'doc-id',
  },
  businessLicense: { id: 'doc-license', expiresOn: null },
  stores: [
    { id: 'store-th', site: 'TH', categories: [' home appliances '] },
    { id: 'store-my', site: 'MY', categories: ['Cosmetics'] },
  ],
  documents: [{ id: 'doc-filing', type: 'PRODUCT_FILING', expiresOn: '2027-12-31', sites: ['MY'] }],
  checklist: CHECKLIST_KEYS.map((key) => ({ key, done: true })),
};

const codes = (facts: ReadinessFacts) =>
  assessReadiness(facts).issues.map((issue) => `${issue.severity}:${issue.code}`);

describe('readiness', () => {
  it('finds nothing wrong with a well-prepared case, and calls it ready', () => {
    expect(assessReadiness(ready)).toEqual({ ready: true, issues: [] });
  });

  it.each<[string, Partial<ReadinessFacts>, string[]]>([
    ['no licence on file', { businessLicense: null }, ['BLOCKER:LICENSE_MISSING']],
    [
      'a licence expired before the call',
      { businessLicense: { id: 'l', expiresOn: '2026-12-01' } },
      ['BLOCKER:LICENSE_EXPIRED'],
    ],
    [
      'a licence expiring within 30 days of the call',
      { businessLicense: { id: 'l', expiresOn: '2027-01-01' } },
      ['BLOCKER:LICENSE_EXPIRING_SOON'],
    ],
    [
      'a licence expiring in 31 days',
      { businessLicense: { id: 'l', expiresOn: '2027-01-02' } },
      [],
    ],
    [
      'an expired ID card',
      { representative: { ...ready.representative, idExpiresOn: '2026-11-30' } },
      ['BLOCKER:ID_EXPIRED'],
    ],
    [
      'an ID card expiring the day before the call',
      { representative: { ...ready.representative, idExpiresOn: '2026-12-01' } },
      ['BLOCKER:ID_EXPIRES_BEFORE_APPOINTMENT'],
    ],
    [
      'an ID card expiring on the day of the call',
      { representative: { ...ready.representative, idExpiresOn: '2026-12-02' } },
      [],
    ],
    [
      'a representative who is not the registered one',
      { representative: { ...ready.representative, fullName: '王芳' } },
      ['BLOCKER:REPRESENTATIVE_NAME_MISMATCH'],
    ],
    [
      'no slot booked',
      { appointmentStartsAt: null, appointmentDate: null },
      ['BLOCKER:NO_APPOINTMENT'],
    ],
    [
      'a slot after the deadline',
      { appointmentStartsAt: new Date('2026-12-04T03:00:00Z'), appointmentDate: '2026-12-04' },
      ['BLOCKER:APPOINTMENT_AFTER_DEADLINE'],
    ],
    [
      'a 14:00 Bangkok slot',
      { appointmentStartsAt: new Date('2026-12-02T07:00:00Z') },
      ['WARNING:APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS'],
    ],
    [
      'a category outside the business scope',
      { stores: [{ id: 's', site: 'TH', categories: ['Toys'] }] },
      ['WARNING:CATEGORY_OUTSIDE_SCOPE'],
    ],
    [
      'cosmetics on a site without a filing',
      { stores: [{ id: 's', site: 'TH', categories: ['cosmetics'] }] },
      ['WARNING:PRODUCT_FILING_MISSING'],
    ],
    [
      'an expired filing',
      { documents: [{ id: 'f', type: 'PRODUCT_FILING', expiresOn: '2026-11-01', sites: ['MY'] }] },
      ['WARNING:PRODUCT_FILING_MISSING'],
    ],
    [
      'a PH store without DTI registration',
      { stores: [{ id: 's', site: 'PH', categories: [] }] },
      ['WARNING:DTI_MISSING'],
    ],
    [
      'an ID store without tax registration',
      { stores: [{ id: 's', site: 'ID', categories: [] }] },
      ['WARNING:TAX_REGISTRATION_MISSING'],
    ],
    [
      'recent violations',
      { entity: { ...ready.entity, violationsLast90Days: 2 } },
      ['WARNING:RECENT_VIOLATIONS'],
    ],
    [
      'Chinese support needed, not requested',
      { entity: { ...ready.entity, needsChineseSupport: true } },
      ['WARNING:CHINESE_SUPPORT_NOT_REQUESTED'],
    ],
    [
      'an unticked checklist item',
      { checklist: [{ key: 'no-vpn-proxy', done: false }] },
      ['WARNING:CHECKLIST_INCOMPLETE'],
    ],
  ])('flags %s', (_label, change, expected) => {
    expect(codes({ ...ready, ...change })).toEqual(expected);
  });

  it('accepts a DTI registration that names every site (none listed)', () => {
    const facts = {
      ...ready,
      stores: [{ id: 's', site: 'PH' as const, categories: [] }],
      documents: [{ id: 'dti', type: 'DTI_REGISTRATION', expiresOn: null, sites: [] }],
    };
    expect(codes(facts)).toEqual([]);
  });

  it('judges the licence on the appointment date, and today without one', () => {
    const license = { id: 'l', expiresOn: '2026-12-01' };
    expect(codes({ ...ready, businessLicense: license })).toContain('BLOCKER:LICENSE_EXPIRED');
    expect(
      codes({
        ...ready,
        businessLicense: license,
        appointmentStartsAt: null,
        appointmentDate: null,
      }),
    ).toEqual(['BLOCKER:LICENSE_EXPIRING_SOON', 'BLOCKER:NO_APPOINTMENT']);
  });

  it('lists blockers before warnings and is not ready with any blocker', () => {
    const result = assessReadiness({
      ...ready,
      entity: { ...ready.entity, violationsLast90Days: 1 },
      businessLicense: null,
    });
    expect(result.ready).toBe(false);
    expect(result.issues.map((issue) => issue.severity)).toEqual(['BLOCKER', 'WARNING']);
    expect(result.issues[0].subjectId).toBe('entity-1');
  });
});
