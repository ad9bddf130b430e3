import type { CaseStatus } from '@veridesk/domain';
import { countBeforeSql, DatedCounter } from '../../engine/database/counter-sums.sql';
import { casePhaseSql } from './case-status.sql';

type Phase = 'PASSED' | 'CANCELLED' | 'BOOKED' | 'FAILED' | 'AWAITING';

const OPEN: Phase[] = ['BOOKED', 'FAILED', 'AWAITING'];
const EVERY: Phase[] = ['PASSED', 'CANCELLED', ...OPEN];
/** The phases a status is made of; OVERDUE and the open statuses also split on the deadline. */
const PHASES: Record<CaseStatus, Phase[]> = {
  PASSED: ['PASSED'],
  CANCELLED: ['CANCELLED'],
  OVERDUE: OPEN,
  SCHEDULED: ['BOOKED'],
  FAILED: ['FAILED'],
  AWAITING_BOOKING: ['AWAITING'],
};

/** case_deadline_counts and its rollup by UTC day (migration CountRollups). */
const CASE_COUNTS: DatedCounter = {
  counter: 'case_deadline_counts',
  dated: 'deadline_hour',
  rollup: 'case_day_counts',
  bucket: 'deadline_day',
  bucketOf: (value) => `date_trunc('day', ${value}, 'UTC')`,
  count: 'cases',
};

export type CaseCountFilter = {
  status?: CaseStatus;
  site?: string;
  dueWithinHours?: number;
  /** Open cases only (as dueWithinHours keeps), however far their deadline. */
  open?: boolean;
};

const list = (phases: Phase[]) => phases.map((phase) => `'${phase}'`).join(', ');

/**
 * How many cases of live entities match `filter`, from case_deadline_counts and its daily rollup:
 * sums over phases and deadline days or hours, whatever the number of cases. Parameters: :now,
 * :dueBy (now + dueWithinHours), :site. Only the cases whose deadline falls in the current hour
 * before a boundary (now, dueBy) are read from verification_cases, through the (agency, deadline)
 * index: a handful.
 */
export function caseCountSql(filter: CaseCountFilter): string {
  const site = (alias: string) => (filter.site ? `AND ${alias}.site = :site` : '');
  const all = (phases: Phase[]) =>
    `(SELECT coalesce(sum(n.cases), 0) FROM case_day_counts n WHERE n.phase IN (${list(phases)}) ${site('n')})`;
  // Cases of `phases` due before `instant` (or at it, inclusive): the whole days before it from the
  // rollup, that day's whole hours from the counters, its own hour's cases from the table.
  const before = (phases: Phase[], instant: string, inclusive: boolean) => {
    const hour = `date_trunc('hour', ${instant}::timestamptz, 'UTC')`;
    const ofPhases = (alias: string) => `${alias}.phase IN (${list(phases)}) ${site(alias)}`;
    return `(${countBeforeSql(CASE_COUNTS, ofPhases, hour)}
            + (SELECT count(*) FROM verification_cases c
                 JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
                  AND e.archived_at IS NULL
                WHERE c.deadline_at >= ${hour} AND c.deadline_at ${inclusive ? '<=' : '<'} ${instant}::timestamptz
                  AND (${casePhaseSql('c')}) IN (${list(phases)}) ${site('c')}))`;
  };
  const due = filter.dueWithinHours !== undefined && filter.dueWithinHours !== null;
  const status = filter.status;
  let count: string;
  if (!status) count = due ? before(OPEN, ':dueBy', true) : all(filter.open ? OPEN : EVERY);
  else if (status === 'PASSED' || status === 'CANCELLED')
    // dueWithinHours keeps open cases only.
    count = due || filter.open ? '0' : all(PHASES[status]);
  else if (status === 'OVERDUE') count = before(OPEN, ':now', false);
  else
    // Open and not overdue: due from now on (until dueBy).
    count = `${due ? before(PHASES[status], ':dueBy', true) : all(PHASES[status])} - ${before(PHASES[status], ':now', false)}`;
  return `SELECT (${count})::int AS n`;
}
