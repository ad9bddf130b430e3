import { addDaysToDate, dateIn } from '@veridesk/domain';
import { Client } from 'pg';
import { documentStatusSql } from '../../../src/modules/document/document-status.sql';
import { caseStatusSql, openCaseSql } from '../../../src/modules/verification-case/case-status.sql';
import { caseClient } from '../../support/cases';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import {
  ADD_REPRESENTATIVE,
  ADD_STORE,
  createPortfolio,
  ok,
  Portfolio,
  RECORD_DOCUMENT,
  RESIDENT_IDS,
} from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

// Every count the dashboard asks for (totalCount of documents, cases, entities and affected
// stores; portfolioSummary; documentExpiryWeeks) is read from counters the database keeps on write
// (migration PortfolioCounts). After every kind of write, at instants around the cases' deadlines
// and on later days, each must equal the same count made directly from the source tables, and
// veridesk_count_drift() (every counter recomputed) and veridesk_rollup_drift() (every monthly or
// daily rollup recomputed from its counter) must find nothing. Counting at later days (a month on)
// sums whole months or days from the rollups and the rest from the counters.

let api: TestApi;
let agency: SignedUpAgency;
let other: SignedUpAgency;
let managerMemberId: string;
let cases: ReturnType<typeof caseClient>;
let first: Portfolio;
let second: Portfolio;
let third: Portfolio;
/** Open cases whose deadlines the checks visit (the counts change at each). */
const deadlines: string[] = [];

const NOW = '2026-11-20T02:20:00.000Z';
const ZONE = 'Asia/Shanghai';
const WARNING_DAYS = 30;

const DOCUMENT_FILTERS: Array<Record<string, unknown>> = [
  {},
  { type: 'BUSINESS_LICENSE' },
  { type: 'PRODUCT_FILING', site: 'MY' },
  { site: 'TH' },
  { site: 'SG' },
  { status: 'EXPIRED' },
  { status: 'EXPIRING_SOON' },
  { status: 'VALID' },
  { status: 'VALID', site: 'MY', type: 'PRODUCT_FILING' },
  { expiringWithinDays: 0 },
  { expiringWithinDays: 30 },
  { expiringWithinDays: 30, site: 'TH' },
  { expiringWithinDays: 3650, status: 'EXPIRED' },
];
const CASE_FILTERS: Array<Record<string, unknown>> = [
  {},
  ...['AWAITING_BOOKING', 'SCHEDULED', 'FAILED', 'OVERDUE', 'PASSED', 'CANCELLED'].map(
    (status) => ({ status }),
  ),
  { site: 'TH' },
  { site: 'MY', status: 'OVERDUE' },
  { site: 'TH', status: 'FAILED' },
  { dueWithinHours: 0 },
  { dueWithinHours: 1 },
  { dueWithinHours: 72 },
  { dueWithinHours: 72, status: 'SCHEDULED' },
  { dueWithinHours: 5, status: 'AWAITING_BOOKING' },
  { dueWithinHours: 48, status: 'OVERDUE' },
  { dueWithinHours: 48, status: 'PASSED' },
];
const AFFECTED_FILTERS: Array<Record<string, unknown>> = [
  {},
  { withinDays: 0 },
  { withinDays: 3650 },
  { site: 'TH' },
  { site: 'MY', withinDays: 3650 },
];
const entityFilters = (): Array<Record<string, unknown>> => [
  {},
  { includeArchived: true },
  { managerId: managerMemberId },
  { managerId: managerMemberId, includeArchived: true },
];

/** Every count above in one request, as the API counts them. */
async function countsFromApi(token: string) {
  const entity = entityFilters();
  const declarations = [
    ...DOCUMENT_FILTERS.map((_, i) => `$d${i}: DocumentFilter`),
    ...CASE_FILTERS.map((_, i) => `$c${i}: VerificationCaseFilter`),
    ...AFFECTED_FILTERS.map((_, i) => `$a${i}: ImpactFilter`),
    ...entity.map((_, i) => `$e${i}: SellerEntityFilter`),
  ];
  const fields = [
    ...DOCUMENT_FILTERS.map((_, i) => `d${i}: documents(filter: $d${i}, first: 1) { totalCount }`),
    ...CASE_FILTERS.map(
      (_, i) => `c${i}: verificationCases(filter: $c${i}, first: 1) { totalCount }`,
    ),
    ...AFFECTED_FILTERS.map(
      (_, i) => `a${i}: affectedStores(filter: $a${i}, first: 1) { totalCount }`,
    ),
    ...entity.map((_, i) => `e${i}: sellerEntities(filter: $e${i}, first: 1) { totalCount }`),
    `summary: portfolioSummary { sellerEntities stores openCases overdueCases expiringDocuments
       expiredDocuments bySite { site stores affected restricted } }`,
    `long: portfolioSummary(withinDays: 400) { expiringDocuments expiredDocuments
       bySite { site affected } }`,
    `weeks: documentExpiryWeeks(weeks: 20) { weekStart documents businessLicenses idCards }`,
  ];
  const variables = Object.fromEntries([
    ...DOCUMENT_FILTERS.map((filter, i) => [`d${i}`, filter]),
    ...CASE_FILTERS.map((filter, i) => [`c${i}`, filter]),
    ...AFFECTED_FILTERS.map((filter, i) => [`a${i}`, filter]),
    ...entity.map((filter, i) => [`e${i}`, filter]),
  ]);
  const result = await api.gql(
    `query Counts(${declarations.join(', ')}) { ${fields.join('\n')} }`,
    variables,
    { as: token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const data = result.data as Record<string, any>;
  const total = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => data[`${prefix}${i}`].totalCount);
  return {
    documents: total('d', DOCUMENT_FILTERS.length),
    cases: total('c', CASE_FILTERS.length),
    affected: total('a', AFFECTED_FILTERS.length),
    entities: total('e', entity.length),
    summary: data.summary,
    long: data.long,
    weeks: data.weeks,
  };
}

/** The same counts made from the source tables, as the API made them before the counters. */
async function countsFromTables(client: Client, agencyId: string, now: Date) {
  const today = dateIn(now, ZONE);
  const warningEnd = addDaysToDate(today, WARNING_DAYS);
  const count = async (sql: string, values: unknown[]): Promise<number> =>
    (await client.query(sql, [agencyId, ...values])).rows[0].n;
  const liveDocuments = `FROM documents d JOIN seller_entities e ON e.id = d.seller_entity_id
                          AND e.archived_at IS NULL WHERE d.agency_id = $1`;
  const documentCount = (filter: Record<string, any>) => {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const value = (v: unknown) => {
      values.push(v);
      return `$${values.length + 1}`;
    };
    if (filter.type) conditions.push(`d.type = ${value(filter.type)}`);
    if (filter.site) conditions.push(`(d.sites = '{}' OR ${value(filter.site)} = ANY (d.sites))`);
    if (filter.status)
      conditions.push(
        // The dates as literals: EXPIRED reads only the first.
        documentStatusSql(filter.status, 'd', `'${today}'::date`, `'${warningEnd}'::date`),
      );
    if (filter.expiringWithinDays !== undefined)
      conditions.push(`d.expires_on <= ${value(addDaysToDate(today, filter.expiringWithinDays))}`);
    return count(
      `SELECT count(*)::int AS n ${liveDocuments} ${conditions.map((c) => `AND ${c}`).join(' ')}`,
      values,
    );
  };
  const caseCount = (filter: Record<string, any>) => {
    const conditions: string[] = [];
    const values: unknown[] = [now];
    const value = (v: unknown) => {
      values.push(v);
      return `$${values.length + 1}`;
    };
    if (filter.status)
      conditions.push(`(${caseStatusSql('c', '$2::timestamptz')}) = ${value(filter.status)}`);
    if (filter.site) conditions.push(`c.site = ${value(filter.site)}`);
    if (filter.dueWithinHours !== undefined)
      conditions.push(
        `${openCaseSql('c')} AND c.deadline_at <= ${value(new Date(now.getTime() + filter.dueWithinHours * 3_600_000))}`,
      );
    return count(
      `SELECT count(*)::int AS n FROM verification_cases c JOIN seller_entities e
          ON e.id = c.seller_entity_id AND e.archived_at IS NULL
        WHERE c.agency_id = $1 AND $2::timestamptz IS NOT NULL ${conditions.map((c) => `AND ${c}`).join(' ')}`,
      values,
    );
  };
  const affectedCount = (filter: Record<string, any>) =>
    count(
      `SELECT count(*)::int AS n FROM store_impacts si
        WHERE si.agency_id = $1 AND (si.flagged OR si.expires_on <= $2) AND ($3::text IS NULL OR si.site = $3)`,
      [addDaysToDate(today, filter.withinDays ?? WARNING_DAYS), filter.site ?? null],
    );
  const entityCount = (filter: Record<string, any>) =>
    count(
      `SELECT count(*)::int AS n FROM seller_entities
        WHERE agency_id = $1 AND ($2 OR archived_at IS NULL) AND ($3::uuid IS NULL OR manager_id = $3)`,
      [filter.includeArchived ?? false, filter.managerId ?? null],
    );
  const summary = async (withinDays: number) => {
    const horizon = addDaysToDate(today, withinDays);
    const bySite = (
      await client.query(
        `SELECT site, count(*)::int AS stores,
                count(*) FILTER (WHERE flagged OR expires_on <= $2)::int AS affected,
                count(*) FILTER (WHERE restricted)::int AS restricted
           FROM store_impacts WHERE agency_id = $1 GROUP BY site`,
        [agencyId, horizon],
      )
    ).rows;
    const site = (name: string) => bySite.find((row) => row.site === name);
    return {
      sellerEntities: await entityCount({}),
      stores: bySite.reduce((sum, row) => sum + row.stores, 0),
      openCases: await caseCount({ dueWithinHours: 24 * 365 * 100 }),
      overdueCases: await caseCount({ status: 'OVERDUE' }),
      expiringDocuments: await count(
        `SELECT count(*)::int AS n ${liveDocuments} AND d.expires_on BETWEEN $2 AND $3`,
        [today, horizon],
      ),
      expiredDocuments: await documentCount({ status: 'EXPIRED' }),
      bySite: ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'].map((name) => ({
        site: name,
        stores: site(name)?.stores ?? 0,
        affected: site(name)?.affected ?? 0,
        restricted: site(name)?.restricted ?? 0,
      })),
    };
  };
  const weeks = (
    await client.query(
      `WITH weeks AS (
         SELECT generate_series(date_trunc('week', $2::date), date_trunc('week', $2::date) + 19 * interval '1 week',
                                interval '1 week')::date AS week_start)
       SELECT w.week_start::text AS "weekStart", count(d.id)::int AS documents,
              count(d.id) FILTER (WHERE d.type = 'BUSINESS_LICENSE')::int AS "businessLicenses",
              count(d.id) FILTER (WHERE d.type = 'RESIDENT_ID_CARD')::int AS "idCards"
         FROM weeks w
         LEFT JOIN documents d ON d.agency_id = $1 AND d.expires_on >= w.week_start
          AND d.expires_on < w.week_start + 7 AND d.expires_on >= $2::date
          AND EXISTS (SELECT 1 FROM seller_entities e WHERE e.id = d.seller_entity_id AND e.archived_at IS NULL)
        GROUP BY w.week_start ORDER BY w.week_start`,
      [agencyId, today],
    )
  ).rows;
  const sequentially = async <T>(items: T[], work: (item: T) => Promise<number>) => {
    const results: number[] = [];
    for (const item of items) results.push(await work(item));
    return results;
  };
  const long = await summary(400);
  return {
    documents: await sequentially(DOCUMENT_FILTERS, documentCount),
    cases: await sequentially(CASE_FILTERS, caseCount),
    affected: await sequentially(AFFECTED_FILTERS, affectedCount),
    entities: await sequentially(entityFilters(), entityCount),
    summary: await summary(WARNING_DAYS),
    long: {
      expiringDocuments: long.expiringDocuments,
      expiredDocuments: long.expiredDocuments,
      bySite: long.bySite.map(({ site, affected }) => ({ site, affected })),
    },
    weeks,
  };
}

/**
 * The counters' keys that differ from a recount of the source tables, and the rollups' (by month or
 * day, migration CountRollups) that differ from their counters, for these agencies.
 */
async function drift(client: Client, agencyIds: string[]) {
  return (
    await client.query(
      `SELECT counter, k1, k2, k3, k4, stored, expected FROM veridesk_count_drift()
        WHERE agency_id = ANY ($1::uuid[])
       UNION ALL
       SELECT rollup, k1, k2, k3, k4, stored, expected FROM veridesk_rollup_drift()
        WHERE agency_id = ANY ($1::uuid[])`,
      [agencyIds],
    )
  ).rows;
}

/**
 * Instants to count at: now, later in its hour, later days; with `aroundDeadlines`, also just
 * before, at, just after and later in the hour of each open case's deadline (where a case changes
 * status, and where the current hour's cases come from the table rather than the counters).
 */
function instants(aroundDeadlines: boolean): Date[] {
  const base = api.clock.now().getTime();
  const around = aroundDeadlines
    ? deadlines.flatMap((deadline) => {
        const at = new Date(deadline).getTime();
        return [at - 10 * 60_000, at, at + 1, at + 10 * 60_000];
      })
    : [];
  return [0, 25 * 60_000, 3 * 86_400_000, 40 * 86_400_000]
    .map((offset) => base + offset)
    .concat(around)
    .map((ms) => new Date(ms));
}

/** The API's counts equal the direct ones at every instant, and no counter drifts. */
async function expectExact(label: string, { aroundDeadlines = false } = {}) {
  const now = api.clock.now();
  try {
    await withAdminClient(async (client) => {
      expect({ label, drift: await drift(client, [agency.agencyId, other.agencyId]) }).toEqual({
        label,
        drift: [],
      });
      for (const instant of instants(aroundDeadlines)) {
        api.clock.set(instant);
        const [fromApi, fromTables] = [
          await countsFromApi(agency.token),
          await countsFromTables(client, agency.agencyId, instant),
        ];
        expect({ label, instant, ...fromApi }).toEqual({ label, instant, ...fromTables });
      }
    }, process.env.TEST_DATABASE_URL);
  } finally {
    api.clock.set(now);
  }
}

const admin = <T>(work: (client: Client) => Promise<T>) =>
  withAdminClient(work, process.env.TEST_DATABASE_URL);

const record = async (input: Record<string, unknown>, token = agency.token) =>
  ok(await api.gql(RECORD_DOCUMENT, { input }, { as: token }), 'recordDocument');

// Each check counts some forty ways at several instants, against as many direct counts.
jest.setTimeout(180_000);

beforeAll(async () => {
  api = await startTestApi({ GRAPHQL_MAX_ALIASES: '100' });
  api.clock.set(NOW);
  agency = await signUpAgency(api, 'Counts A');
  other = await signUpAgency(api, 'Counts B');
  cases = caseClient(api, agency.token);
  const manager = await addMember(api, agency.token, 'MANAGER');
  const members = ok(
    await api.gql(`query { members { id user { id } } }`, {}, { as: agency.token }),
    'members',
  );
  managerMemberId = members.find((member: any) => member.user.id === manager.userId).id;
  // Agency B's portfolio: its counters must not move whatever A does.
  await createPortfolio(api, other.token, { sites: ['TH'], licenseExpiresOn: '2026-11-25' });
}, 60_000);
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('portfolio counts stay exact', () => {
  it('for an agency with nothing yet', async () => {
    await expectExact('empty');
  });

  it('after entities, stores, representatives and licences are created', async () => {
    first = await createPortfolio(api, agency.token, {
      sites: ['TH', 'MY', 'PH'],
      licenseExpiresOn: '2026-12-10',
    });
    second = await createPortfolio(api, agency.token, {
      sites: ['SG'],
      licenseExpiresOn: null,
    });
    third = await createPortfolio(api, agency.token, {
      sites: ['TH', 'VN'],
      licenseExpiresOn: '2026-11-01',
    });
    await expectExact('created');
  });

  it('after documents are recorded, moved between sites, re-dated and made long-term', async () => {
    const filing = await record({
      sellerEntityId: first.entityId,
      type: 'PRODUCT_FILING',
      expiresOn: '2026-11-25',
      sites: ['MY', 'TH'],
    });
    await record({ sellerEntityId: third.entityId, type: 'OTHER', expiresOn: '2027-01-15' });
    await record({
      sellerEntityId: first.entityId,
      type: 'RESIDENT_ID_CARD',
      representativeId: first.representativeId,
      expiresOn: '2026-12-01',
    });
    await expectExact('documents recorded');
    for (const [input, label] of [
      [{ sites: ['SG'] }, 'moved to another site'],
      [{ sites: [] }, 'for every site'],
      [{ expiresOn: null }, 'made long-term'],
      [{ expiresOn: '2026-11-10' }, 'expired'],
    ] as const) {
      ok(
        await api.gql(
          `mutation U($id: ID!, $input: UpdateDocumentInput!) { updateDocument(id: $id, input: $input) { id } }`,
          { id: filing.id, input },
          { as: agency.token },
        ),
        'updateDocument',
      );
      await expectExact(`document ${label}`);
    }
  });

  it('after store status changes', async () => {
    await cases.setStoreStatus({
      storeId: first.storeIds.TH,
      status: 'RESTRICTED',
      freezeUntil: '2026-11-22T00:00:00.000Z',
    });
    await cases.setStoreStatus({ storeId: first.storeIds.MY, status: 'FROZEN' });
    await cases.setStoreStatus({ storeId: third.storeIds.VN, status: 'CLOSED' });
    await expectExact('restricted, frozen, closed');
    await cases.setStoreStatus({ storeId: first.storeIds.MY, status: 'ACTIVE' });
    await expectExact('active again');
  });

  it('as cases open, are booked, fail, are rebooked, pass, are cancelled and fall overdue', async () => {
    // Deadlines within one hour of each other and of "now", so counts at instants inside that hour
    // read the hour's cases from the table and the rest from the counters.
    const opened = await cases.open({
      sellerEntityId: first.entityId,
      representativeId: first.representativeId,
      site: 'TH',
      trigger: 'LISTING_BURST',
      noticeReceivedAt: '2026-11-20T01:00:00.000Z',
      deadlineAt: '2026-11-20T03:40:00.000Z',
    });
    const overdue = await cases.open({
      sellerEntityId: second.entityId,
      representativeId: second.representativeId,
      site: 'SG',
      trigger: 'LISTING_BURST',
      noticeReceivedAt: '2026-11-19T01:00:00.000Z',
      deadlineAt: '2026-11-20T02:05:00.000Z',
    });
    const third_ = await cases.open({
      sellerEntityId: third.entityId,
      representativeId: third.representativeId,
      site: 'TH',
      trigger: 'LISTING_BURST',
      noticeReceivedAt: '2026-11-20T02:00:00.000Z',
    });
    deadlines.push(overdue.deadlineAt, opened.deadlineAt, third_.deadlineAt);
    await expectExact('cases opened', { aroundDeadlines: true });
    await cases.schedule(opened.id, '2026-11-20T03:00:00.000Z');
    await expectExact('booked', { aroundDeadlines: true });
    await cases.attempt({
      caseId: opened.id,
      outcome: 'FAILED',
      occurredAt: '2026-11-20T02:10:00.000Z',
      failureReasons: ['NETWORK_LATENCY'],
      freezeExtensionHours: 24,
    });
    await expectExact('failed', { aroundDeadlines: true });
    await cases.schedule(opened.id, '2026-11-20T03:30:00.000Z');
    await expectExact('rebooked after a failure', { aroundDeadlines: true });
    await cases.attempt({
      caseId: opened.id,
      outcome: 'PASSED',
      occurredAt: '2026-11-20T02:15:00.000Z',
    });
    await expectExact('passed', { aroundDeadlines: true });
    await cases.cancel(third_.id);
    await expectExact('cancelled', { aroundDeadlines: true });
    const reopened = await cases.open({
      sellerEntityId: third.entityId,
      representativeId: third.representativeId,
      site: 'VN',
      trigger: 'LISTING_BURST',
      noticeReceivedAt: '2026-11-20T02:10:00.000Z',
      deadlineAt: '2026-11-20T02:50:00.000Z',
    });
    deadlines.push(reopened.deadlineAt);
    await expectExact('another opened', { aroundDeadlines: true });
  });

  it('as the days pass (the counters do not change; what they mean at "now" does)', async () => {
    for (const day of [
      '2026-11-21T02:20:00.000Z',
      '2026-12-02T16:30:00.000Z',
      '2027-01-20T00:00:00.000Z',
    ]) {
      api.clock.set(day);
      await expectExact(`on ${day}`, { aroundDeadlines: true });
    }
    api.clock.set(NOW);
  });

  it('after a manager is assigned, and removed from the agency', async () => {
    for (const entityId of [first.entityId, third.entityId]) {
      ok(
        await api.gql(
          `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
          { id: entityId, input: { managerId: managerMemberId } },
          { as: agency.token },
        ),
        'updateSellerEntity',
      );
    }
    await expectExact('manager assigned');
    ok(
      await api.gql(
        `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
        { id: third.entityId, input: { managerId: null } },
        { as: agency.token },
      ),
      'updateSellerEntity',
    );
    await expectExact('manager unassigned');
    const spare = await addMember(api, agency.token, 'MANAGER');
    const members = ok(
      await api.gql(`query { members { id user { id } } }`, {}, { as: agency.token }),
      'members',
    );
    const spareId = members.find((member: any) => member.user.id === spare.userId).id;
    ok(
      await api.gql(
        `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
        { id: second.entityId, input: { managerId: spareId } },
        { as: agency.token },
      ),
      'updateSellerEntity',
    );
    // Removing the member leaves their entities unassigned (ON DELETE SET NULL): an update too.
    ok(
      await api.gql(
        `mutation R($id: ID!) { removeMember(id: $id) { id } }`,
        { id: spareId },
        {
          as: agency.token,
        },
      ),
      'removeMember',
    );
    await expectExact('member removed');
  });

  it('after an import: a dry run counts nothing, the import counts its rows', async () => {
    const header =
      'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';
    const csv = [
      header,
      ...Array.from({ length: 8 }, (_, i) =>
        [
          makeUscc(900 + Math.floor(i / 2)),
          `计数导入公司${Math.floor(i / 2)}`,
          '王五',
          'toys',
          ['2026-11-30', '', '2026-10-01', '2027-03-01'][Math.floor(i / 2)],
          ['TH', 'MY'][i % 2],
          `Counted ${i}`,
          `CNT${i}`,
          'toys',
        ].join(','),
      ),
    ].join('\n');
    const IMPORT = `mutation I($csv: String!, $dryRun: Boolean) {
      importPortfolio(csv: $csv, dryRun: $dryRun) { created updated errors { message } } }`;
    const before = await admin((client) =>
      client.query(`SELECT * FROM document_expiry_counts WHERE agency_id = $1 ORDER BY 2, 3, 4`, [
        agency.agencyId,
      ]),
    );
    ok(await api.gql(IMPORT, { csv, dryRun: true }, { as: agency.token }), 'importPortfolio');
    const afterDryRun = await admin((client) =>
      client.query(`SELECT * FROM document_expiry_counts WHERE agency_id = $1 ORDER BY 2, 3, 4`, [
        agency.agencyId,
      ]),
    );
    expect(afterDryRun.rows).toEqual(before.rows);
    const imported = ok(await api.gql(IMPORT, { csv }, { as: agency.token }), 'importPortfolio');
    expect(imported).toMatchObject({ created: 8, errors: [] });
    await expectExact('imported');
    // Re-dated licences: the import's one UPDATE of many documents.
    const redated = ok(
      await api.gql(
        IMPORT,
        { csv: csv.replaceAll('2026-11-30', '2026-12-20') },
        {
          as: agency.token,
        },
      ),
      'importPortfolio',
    );
    expect(redated).toMatchObject({ errors: [] });
    await expectExact('import re-dated licences');
  });

  it('after an entity is archived and unarchived', async () => {
    ok(
      await api.gql(
        `mutation A($id: ID!) { archiveSellerEntity(id: $id) { id } }`,
        { id: first.entityId },
        { as: agency.token },
      ),
      'archiveSellerEntity',
    );
    await expectExact('archived');
    // There is no unarchive in the API; an operator's SQL is followed like any writer.
    await admin((client) =>
      client.query(`UPDATE seller_entities SET archived_at = NULL WHERE id = $1`, [first.entityId]),
    );
    await expectExact('unarchived');
  });

  it('after rows are deleted in SQL: an attempt, a document, a store, a case, an entity', async () => {
    const { rows } = await admin((client) =>
      client.query(
        `SELECT c.id FROM verification_cases c WHERE c.agency_id = $1
          AND EXISTS (SELECT 1 FROM attempts a WHERE a.case_id = c.id) LIMIT 1`,
        [agency.agencyId],
      ),
    );
    const steps: Array<[string, string, unknown[]]> = [
      ['attempt deleted', `DELETE FROM attempts WHERE case_id = $1`, [rows[0].id]],
      [
        'document deleted',
        `DELETE FROM documents WHERE id = (SELECT id FROM documents WHERE seller_entity_id = $1 AND type = 'PRODUCT_FILING' LIMIT 1)`,
        [first.entityId],
      ],
      ['store deleted', `DELETE FROM stores WHERE id = $1`, [first.storeIds.PH]],
      ['case deleted', `DELETE FROM verification_cases WHERE id = $1`, [rows[0].id]],
      ['entity deleted', `DELETE FROM seller_entities WHERE id = $1`, [third.entityId]],
    ];
    for (const [label, sql, values] of steps) {
      await admin((client) => client.query(sql, values));
      await expectExact(label, {
        aroundDeadlines: label.startsWith('case') || label.startsWith('attempt'),
      });
    }
  });
});

describe('counters under concurrent writers', () => {
  /** An app-role transaction of agency A on its own connection. */
  async function transaction(): Promise<Client> {
    const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
      [agency.agencyId],
    );
    return client;
  }
  const insertDocument = (client: Client, entityId: string, expiresOn: string) =>
    client.query(
      `INSERT INTO documents (agency_id, seller_entity_id, type, expires_on, sites)
       VALUES ($1, $2, 'OTHER', $3, '{TH}')`,
      [agency.agencyId, entityId, expiresOn],
    );
  const archive = (client: Client, entityId: string, archived: boolean) =>
    client.query(
      `UPDATE seller_entities SET archived_at = ${archived ? 'now()' : 'NULL'} WHERE id = $1`,
      [entityId],
    );
  const finish = async (client: Client, command = 'COMMIT') => {
    await client.query(command);
    await client.end();
  };

  it('two transactions adding to the same keys neither wait for nor lose each other', async () => {
    const [one, two] = [await transaction(), await transaction()];
    await insertDocument(one, first.entityId, '2026-12-24');
    await insertDocument(two, second.entityId, '2026-12-24');
    // Neither holds a counter row until its commit: both statements returned already.
    await finish(one);
    await finish(two);
    await expectExact('two writers, same keys');
  });

  it('a document written while its entity is archived by another transaction is not counted', async () => {
    const [writer, archiver] = [await transaction(), await transaction()];
    await insertDocument(writer, second.entityId, '2026-12-26');
    // The archive waits for the writer's lock on the entity, then counts the new document out.
    const archived = archive(archiver, second.entityId, true);
    await finish(writer);
    await archived;
    await finish(archiver);
    await expectExact('write, then archive');

    const [unarchiver, lateWriter] = [await transaction(), await transaction()];
    await archive(unarchiver, second.entityId, false);
    // The write waits for the unarchive, then sees the entity live.
    const written = insertDocument(lateWriter, second.entityId, '2026-12-27');
    await finish(unarchiver);
    await written;
    await finish(lateWriter);
    await expectExact('unarchive, then write');
  });

  it('an attempt recorded while the case is rebooked by another transaction', async () => {
    const { rows } = await admin((client) =>
      client.query(
        `SELECT id FROM verification_cases WHERE agency_id = $1 AND passed_at IS NULL
            AND cancelled_at IS NULL AND seller_entity_id = $2`,
        [agency.agencyId, second.entityId],
      ),
    );
    const caseId = rows[0].id;
    const [booker, recorder] = [await transaction(), await transaction()];
    await booker.query(
      `UPDATE verification_cases SET appointment_starts_at = '2026-11-21T02:00:00Z' WHERE id = $1`,
      [caseId],
    );
    const recorded = recorder.query(
      `INSERT INTO attempts (agency_id, case_id, outcome, occurred_at) VALUES ($1, $2, 'NO_SHOW', now())`,
      [agency.agencyId, caseId],
    );
    await finish(booker);
    await recorded;
    await finish(recorder);
    await expectExact('attempt beside a booking', { aroundDeadlines: true });
    // And back: the slot given up (FAILED, as attempted) while the attempt is deleted (AWAITING).
    const [unbooker, remover] = [await transaction(), await transaction()];
    await unbooker.query(
      `UPDATE verification_cases SET appointment_starts_at = NULL WHERE id = $1`,
      [caseId],
    );
    const removed = remover.query(`DELETE FROM attempts WHERE case_id = $1`, [caseId]);
    await finish(unbooker);
    await removed;
    await finish(remover);
    await expectExact('slot given up beside an attempt deleted', { aroundDeadlines: true });
  });

  it('a savepoint rolled back takes its counts with it; a rolled-back transaction counts nothing', async () => {
    const client = await transaction();
    await insertDocument(client, first.entityId, '2026-12-28');
    await client.query('SAVEPOINT later');
    await insertDocument(client, first.entityId, '2026-12-29');
    await archive(client, first.entityId, true);
    await client.query('ROLLBACK TO SAVEPOINT later');
    await finish(client);
    await expectExact('savepoint rolled back');
    const rolledBack = await transaction();
    await insertDocument(rolledBack, first.entityId, '2026-12-30');
    await finish(rolledBack, 'ROLLBACK');
    await expectExact('rolled back');
  });

  it('many mutations at once through the API', async () => {
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) =>
        record({
          sellerEntityId: [first, second][i % 2].entityId,
          type: 'OTHER',
          expiresOn: `2026-12-0${i + 1}`,
          sites: [['TH'], [], ['MY', 'SG']][i % 3],
        }),
      ),
      api.gql(
        ADD_STORE,
        {
          input: {
            sellerEntityId: second.entityId,
            site: 'MY',
            shopName: 'Haituo MY',
            lazadaSellerId: 'MYCONCURRENT1',
            categories: ['toys'],
          },
        },
        { as: agency.token },
      ),
      api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: first.entityId,
            fullName: '李娜',
            role: 'AUTHORIZED_SIGNATORY',
            idType: 'CN_RESIDENT_ID',
            idNumber: RESIDENT_IDS[1],
            idExpiresOn: '2026-11-28',
          },
        },
        { as: agency.token },
      ),
    ]);
    await expectExact('concurrent mutations');
  });
});

describe('the consistency check', () => {
  it('finds a counter that disagrees with the rows, and veridesk_recount() repairs it', async () => {
    await admin(async (client) => {
      await client.query(
        `UPDATE document_expiry_counts SET documents = documents + 2
          WHERE agency_id = $1 AND site = '*' AND type = 'BUSINESS_LICENSE'`,
        [agency.agencyId],
      );
      const found = await drift(client, [agency.agencyId]);
      expect(found.length).toBeGreaterThan(0);
      expect(
        found.every((row) => row.counter === 'document' && row.stored === row.expected + 2),
      ).toBe(true);
      // As the app role: its own agency's counters only.
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
        [agency.agencyId],
      );
      await client.query('SELECT veridesk_recount()');
      await client.query('COMMIT');
      expect(await drift(client, [agency.agencyId, other.agencyId])).toEqual([]);
    });
    await expectExact('repaired');
  });
});

describe('tenancy', () => {
  it("shows an agency only its own counters, and A's writes never moved B's", async () => {
    await admin(async (client) => {
      for (const table of [
        'entity_counts',
        'document_expiry_counts',
        'case_deadline_counts',
        'store_impact_counts',
      ]) {
        await client.query('BEGIN');
        await client.query(
          `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
          [other.agencyId],
        );
        const { rows } = await client.query(`SELECT DISTINCT agency_id::text FROM ${table}`);
        await client.query('ROLLBACK');
        expect({ table, others: rows.filter((row) => row.agency_id !== other.agencyId) }).toEqual({
          table,
          others: [],
        });
      }
      const counts = await countsFromTables(client, other.agencyId, api.clock.now());
      expect(await countsFromApi(other.token)).toEqual(counts);
      expect(counts.summary).toMatchObject({ sellerEntities: 1, stores: 1 });
    });
  });
});
