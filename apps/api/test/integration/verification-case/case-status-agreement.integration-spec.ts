import {
  caseStatus,
  CaseStatus,
  StoredCase,
  storedCaseFacts,
  verificationStatusOf,
} from '@veridesk/domain';
import {
  caseStatusSql,
  openCaseSql,
  verificationStatusSql,
} from '../../../src/modules/verification-case/case-status.sql';
import { withAdminClient } from '../../support/test-database';

// The case status rule has two homes by necessity: libs/domain caseStatus (what a case shows) and
// caseStatusSql (what lists filter and count by, in the database). The same stored cases go to
// both — the SQL over VALUES rows in PostgreSQL, with `attempts` a CTE in place of the table — and
// must give the same answers.

const NOW = new Date('2026-12-02T04:00:00.000Z');
const at = (iso: string) => new Date(iso);
const DEADLINE = at('2026-12-04T02:00:00.000Z');
const BOOKED = { appointmentStartsAt: at('2026-12-03T03:00:00.000Z'), appointmentBookedAt: NOW };
const fresh: StoredCase = {
  deadlineAt: DEADLINE,
  passedAt: null,
  cancelledAt: null,
  appointmentStartsAt: null,
  appointmentBookedAt: null,
  lastAttempt: null,
};
const attempt = (outcome: NonNullable<StoredCase['lastAttempt']>['outcome'], iso: string) => ({
  lastAttempt: { outcome, recordedAt: at(iso) },
});

const CASES: Array<[string, Partial<StoredCase>, Date, CaseStatus]> = [
  ['a fresh case', {}, NOW, 'AWAITING_BOOKING'],
  ['a booked case', BOOKED, NOW, 'SCHEDULED'],
  ['a failed call, not booked again', attempt('FAILED', '2026-12-02T03:00:00Z'), NOW, 'FAILED'],
  ['a no-show', attempt('NO_SHOW', '2026-12-02T03:00:00Z'), NOW, 'FAILED'],
  ['an interrupted call', attempt('INTERRUPTED', '2026-12-02T03:00:00Z'), NOW, 'FAILED'],
  [
    'a failed call, booked again',
    { ...attempt('FAILED', '2026-12-02T03:00:00Z'), ...BOOKED },
    NOW,
    'SCHEDULED',
  ],
  [
    // The attempt row is stamped by the database, the booking by the API's clock.
    'booked again at the instant the attempt row was stamped',
    { ...attempt('NO_SHOW', '2026-12-02T04:00:00Z'), ...BOOKED },
    NOW,
    'SCHEDULED',
  ],
  ['due this very instant', {}, DEADLINE, 'AWAITING_BOOKING'],
  ['a millisecond past the deadline', {}, new Date(DEADLINE.getTime() + 1), 'OVERDUE'],
  ['booked but past the deadline', BOOKED, at('2026-12-05T00:00:00Z'), 'OVERDUE'],
  [
    'failed and past the deadline',
    attempt('FAILED', '2026-12-02T03:00:00Z'),
    at('2026-12-05T00:00:00Z'),
    'OVERDUE',
  ],
  [
    'passed',
    { passedAt: at('2026-12-02T03:00:00Z'), ...attempt('PASSED', '2026-12-02T03:00:00Z') },
    NOW,
    'PASSED',
  ],
  [
    'passed late, after a failure',
    { passedAt: at('2026-12-05T00:00:00Z'), ...attempt('PASSED', '2026-12-05T00:00:00Z') },
    at('2026-12-06T00:00:00Z'),
    'PASSED',
  ],
  ['cancelled', { cancelledAt: at('2026-12-02T01:00:00Z') }, NOW, 'CANCELLED'],
  [
    'cancelled while booked, past the deadline',
    { cancelledAt: at('2026-12-02T01:00:00Z'), ...BOOKED },
    at('2026-12-09T00:00:00Z'),
    'CANCELLED',
  ],
];

type SqlAnswer = { status: string; verification: string; open: boolean };

/** Each stored case through caseStatusSql, verificationStatusSql and openCaseSql in PostgreSQL. */
async function sqlAnswers(rows: Array<{ stored: StoredCase | null; now: Date }>) {
  const values: unknown[] = [];
  const parameter = (value: unknown, type: string) => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const caseRows = rows.map(({ stored, now }, n) =>
    [
      `${n}`,
      parameter(now, 'timestamptz'),
      stored ? `gen_random_uuid()` : 'NULL::uuid',
      parameter(stored?.passedAt ?? null, 'timestamptz'),
      parameter(stored?.cancelledAt ?? null, 'timestamptz'),
      parameter(stored?.deadlineAt ?? null, 'timestamptz'),
      parameter(stored?.appointmentStartsAt ?? null, 'timestamptz'),
      parameter(stored?.lastAttempt?.outcome ?? null, 'text'),
    ].join(', '),
  );
  const sql = `
    WITH stored (n, now, id, passed_at, cancelled_at, deadline_at, appointment_starts_at, attempt) AS (
           VALUES ${caseRows.map((row) => `(${row})`).join(',\n                  ')}),
         c AS (SELECT stored.*, '00000000-0000-0000-0000-000000000001'::uuid AS agency_id FROM stored),
         attempts AS (SELECT c.agency_id, c.id AS case_id, c.attempt AS outcome FROM c WHERE c.attempt IS NOT NULL)
    SELECT c.n,
           ${caseStatusSql('c', 'c.now')} AS status,
           ${verificationStatusSql('c', 'c.now')} AS verification,
           ${openCaseSql('c')} AS open
      FROM c ORDER BY c.n`;
  return withAdminClient(
    async (client) => (await client.query<SqlAnswer>(sql, values)).rows,
    process.env.TEST_DATABASE_URL,
  );
}

describe('case status: libs/domain and case-status.sql agree', () => {
  const stored = CASES.map(([, facts, now]) => ({ stored: { ...fresh, ...facts }, now }));
  let answers: SqlAnswer[];
  beforeAll(async () => {
    answers = await sqlAnswers([...stored, { stored: null, now: NOW }]);
  });

  it.each(CASES.map(([label, facts, now, expected], n) => ({ label, facts, now, expected, n })))(
    '$label: both say $expected',
    ({ facts, now, expected, n }) => {
      const domainStatus = caseStatus(storedCaseFacts({ ...fresh, ...facts }), now);
      expect({ domain: domainStatus, sql: answers[n].status }).toEqual({
        domain: expected,
        sql: expected,
      });
      expect(answers[n].verification).toBe(verificationStatusOf(domainStatus));
      expect(answers[n].open).toBe(domainStatus !== 'PASSED' && domainStatus !== 'CANCELLED');
    },
  );

  it('gives an entity or representative without a case NOT_REQUIRED in both', () => {
    expect(answers[CASES.length].verification).toBe(verificationStatusOf(null));
    expect(verificationStatusOf(null)).toBe('NOT_REQUIRED');
  });
});
