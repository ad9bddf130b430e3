import { HELD_STORE_STATUSES, isHeldStoreStatus } from '@veridesk/domain';
import { extendedFreezeUntilSql, heldStoreSql } from '../../../src/modules/store/store-status.sql';
import { withAdminClient } from '../../support/test-database';

// Two store rules that run in the database, from store-status.sql: which statuses are held (the
// list is libs/domain's HELD_STORE_STATUSES) and the freeze a failed call extends (RULES.md:
// freezeUntil = max(current freezeUntil, occurredAt) + hours). Each is run in PostgreSQL over VALUES
// rows and compared with the rule's answer on the same cases.

const query = <T extends Record<string, unknown>>(sql: string, values: unknown[] = []) =>
  withAdminClient(
    async (client) => (await client.query<T>(sql, values)).rows,
    process.env.TEST_DATABASE_URL,
  );

describe('held store statuses: libs/domain and heldStoreSql agree', () => {
  const STATUSES = ['ACTIVE', 'RESTRICTED', 'FROZEN', 'UNDER_REVIEW', 'CLOSED'];

  it.each(STATUSES)('%s is held in both or in neither', async (status) => {
    const [row] = await query<{ held: boolean }>(
      `SELECT ${heldStoreSql('s')} AS held FROM (VALUES ($1::text)) s(status)`,
      [status],
    );
    expect({ status, sql: row.held }).toEqual({ status, sql: isHeldStoreStatus(status) });
  });

  it('holds exactly RESTRICTED, FROZEN and UNDER_REVIEW', () => {
    expect(STATUSES.filter(isHeldStoreStatus)).toEqual([...HELD_STORE_STATUSES]);
    expect(heldStoreSql()).toBe(`status IN ('RESTRICTED', 'FROZEN', 'UNDER_REVIEW')`);
  });
});

describe('freeze extension: extendedFreezeUntilSql follows max(current, call) + hours', () => {
  const CALL = '2026-12-02T03:00:00.000Z';
  const CASES: Array<[string, string | null, string, number, string]> = [
    // [case, current freezeUntil, occurredAt, hours, new freezeUntil]
    ['no freeze yet: from the call', null, CALL, 24, '2026-12-03T03:00:00.000Z'],
    [
      'a freeze ending before the call: from the call',
      '2026-12-01T00:00:00.000Z',
      CALL,
      48,
      '2026-12-04T03:00:00.000Z',
    ],
    [
      'a freeze ending after the call: from its end',
      '2026-12-05T00:00:00.000Z',
      CALL,
      48,
      '2026-12-07T00:00:00.000Z',
    ],
    ['a freeze ending at the call', CALL, CALL, 72, '2026-12-05T03:00:00.000Z'],
    [
      'the longest extension over a month end',
      '2026-12-30T12:00:00.000Z',
      CALL,
      72,
      '2027-01-02T12:00:00.000Z',
    ],
  ];
  it.each(CASES)('%s', async (_label, current, occurredAt, hours, until) => {
    const [row] = await query<{ until: Date }>(
      `SELECT ${extendedFreezeUntilSql('v.current', 'v.occurred_at', 'v.hours')} AS until
         FROM (VALUES ($1::timestamptz, $2::timestamptz, $3::int)) v(current, occurred_at, hours)`,
      [current, occurredAt, hours],
    );
    expect(row.until.toISOString()).toBe(until);
  });
});
