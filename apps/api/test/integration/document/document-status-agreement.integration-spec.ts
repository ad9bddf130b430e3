import { addDaysToDate, DOCUMENT_STATUSES, documentValidity } from '@veridesk/domain';
import { documentStatusSql } from '../../../src/modules/document/document-status.sql';
import { withAdminClient } from '../../support/test-database';

// A document's status is libs/domain documentValidity; the documents list filters by it in the
// database with documentStatusSql. On the same documents, each status's condition must hold for
// exactly the documents documentValidity gives that status.

const CASES: Array<[string | null, string, number]> = [
  // [expiresOn, the agency's today, expiryWarningDays]
  [null, '2026-12-01', 30],
  ['2026-11-30', '2026-12-01', 30], // expired yesterday
  ['2026-12-01', '2026-12-01', 30], // valid through its expiry date
  ['2026-12-02', '2026-12-01', 30],
  ['2026-12-31', '2026-12-01', 30], // the last day of the window
  ['2027-01-01', '2026-12-01', 30], // the first day after it
  ['2027-01-15', '2026-12-01', 60], // a wider agency window
  ['2026-12-01', '2026-12-01', 0], // no window: only today
  ['2026-12-02', '2026-12-01', 0],
  ['2028-02-29', '2028-02-28', 1], // a leap day
  ['2020-01-01', '2026-12-01', 30],
];

describe('document status: libs/domain and documentStatusSql agree', () => {
  it.each(CASES)(
    'a document expiring %s, today %s, %s warning days',
    async (expiresOn, today, days) => {
      const warningEnd = addDaysToDate(today, days);
      const { rows } = await withAdminClient(
        (client) =>
          client.query<Record<string, boolean>>(
            `SELECT ${DOCUMENT_STATUSES.map(
              (status) =>
                `(${documentStatusSql(status, 'd', '$2::date', '$3::date')}) AS "${status}"`,
            ).join(', ')}
             FROM (VALUES ($1::date)) d(expires_on)`,
            [expiresOn, today, warningEnd],
          ),
        process.env.TEST_DATABASE_URL,
      );
      const matched = DOCUMENT_STATUSES.filter((status) => rows[0][status] === true);
      expect(matched).toEqual([documentValidity(expiresOn, today, days).status]);
    },
  );
});
