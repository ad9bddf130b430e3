#!/usr/bin/env node
// `npm run bench`: how the portfolio reads, the digests and the import scale. Not part of `npm test`.
// For each size (--sizes, default 500,5000 entities; 50000 too with --sizes 500,5000,50000 — its
// first seed of the day takes the better part of an hour, see docs/operations.md):
//   1. a throwaway database, migrated and seeded by
//      `node dist/tools/seed-scale.js --entities <size> --seed <seed>` (~4 stores, ~2 representatives,
//      ~12 documents per entity, ~16 open cases per 100 entities, 50 managers) and analysed. The seeded
//      database is kept as a template (veridesk_bench_seed_<size>_s<seed>_<checkout>_<day>, its secrets and owner
//      login in tmp/bench/) and later runs on the same day copy it instead of seeding again (the
//      seed's dates are relative to its day); --reseed seeds anew;
//   2. the built API (dist/apps/api/main.js) started again as a child process, signed in as the owner
//      (one per size, all running at once);
//   3. each read operation timed end to end over GraphQL, then its SQL floor — hand-written SQL
//      returning the same rows through `pg`, as the app role under row-level security in a
//      transaction, as the API runs it — `--iterations` times each after `--warmup` runs and at least
//      `--warmup-seconds` of them (an API in service is warm: a process just started runs its first
//      calls in V8's interpreter and baseline tiers, and `me { role }` took 1.3–2.3 ms p50 over its
//      first 50 calls against 0.5 ms once warm — apps/api/perf/RESULTS.md, 24), one call at
//      a time, the sizes taking turns call by call (so a machine busy with other work slows every
//      size alike and the growth compares like with like); then, one size after another, the
//      digests and the import (5, 6):
//        0  the smallest signed-in query, { me { role } }, against one indexed row: the fixed cost of
//           a request (for reading the ratios below; no target);
//        1  the Today page's two queries (OverviewSummary ‖ OverviewAffectedStores, as the page sends
//           them), and each alone (1a, 1b);
//        2  sellerEntities(first: 50): the dashboard's list fields + representatives + each case's
//           status and readiness;
//        3  the dashboard's EntityPage of entities with an open case;
//        4  documents(filter: { expiringWithinDays: 30 }, first: 100) (OverviewExpiringDocuments);
//        5  digestPreview(userId) of each of the 50 managers, timed as one total (--digest-rounds);
//        6  importPortfolio of a 10,000-row CSV (--import-runs, each a new file) against COPY of
//           the same file into a scratch table;
//        7  verificationCases(first: 20) (the cases page: VerificationCases);
//        8  documents(first: 20) (the documents page: PortfolioDocuments);
//        9  verificationCases(dueWithinHours: 8760, first: 100) (the Today page's open cases);
//       10  documentExpiryWeeks(weeks: 13) (the Today page's expiry chart);
//   4. the API process's peak memory (VmHWM).
// Prints a table per size with PASS/MISS against the targets, then the growth from each size to the
// next (every page and count within GROWTH_LIMIT). Exits 0 whatever the timings; 1 when anything
// errored (a GraphQL error included).
// Flags: --sizes 500,5000 --iterations 50 --warmup 5 --warmup-seconds 2 --digest-rounds 5 --import-runs 3 --seed 1 --no-build
//        --reseed
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  asTenant,
  builtApiEnvironment,
  createThrowawayDatabase,
  dashboardQuery,
  ensureBuilt,
  postGraphql,
  percentile,
  seededTemplate,
  signIn,
  startBuiltApi,
  uscc,
  withEntityListExtras,
} from './bench-support.mjs';
import { fail, log } from '../services.mjs';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,5000' },
    iterations: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
    'warmup-seconds': { type: 'string', default: '2' },
    'digest-rounds': { type: 'string', default: '5' },
    'import-runs': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    reseed: { type: 'boolean', default: false },
  },
});
const SIZES = flags.sizes.split(',').map(Number);
const ITERATIONS = Number(flags.iterations);
const WARMUP = Number(flags.warmup);
const WARMUP_MS = Number(flags['warmup-seconds']) * 1000;
const DIGEST_ROUNDS = Number(flags['digest-rounds']);
const IMPORT_RUNS = Number(flags['import-runs']);
const IMPORT_ROWS = 10_000;

// The issue's targets.
const READ_P95_MS = 150;
const READ_FLOOR_RATIO = 2.5;
const DIGESTS_MS = 10_000;
const IMPORT_MS = 20_000;
// Every page and count the dashboard reads, from one size to the next (issue 15: the counts come
// from counters kept on write, not from counting the portfolio).
const GROWTH_LIMIT = 1.5;
const GROWING_PAGES = new Set([
  'overview',
  'summary',
  'affected',
  'entityList',
  'entityPage',
  'documents',
  'casesPage',
  'documentsPage',
  'openCases',
  'expiryWeeks',
]);

const LIVE_STORE_RESTRICTED = `('RESTRICTED', 'FROZEN', 'UNDER_REVIEW')`;
const CASE_STATUS = `CASE
    WHEN c.passed_at IS NOT NULL THEN 'PASSED' WHEN c.cancelled_at IS NOT NULL THEN 'CANCELLED'
    WHEN c.deadline_at < $1 THEN 'OVERDUE' WHEN c.appointment_starts_at IS NOT NULL THEN 'SCHEDULED'
    WHEN EXISTS (SELECT 1 FROM attempts a WHERE a.case_id = c.id) THEN 'FAILED'
    ELSE 'AWAITING_BOOKING' END`;

const OPEN_PHASES = `('BOOKED', 'FAILED', 'AWAITING')`;
/**
 * Open cases of live entities due before `instant` (or at it): the whole hours before it from
 * case_deadline_counts, its own hour from verification_cases.
 */
const casesDueBefore = (instant, inclusive = false) => `(
    (SELECT coalesce(sum(cases), 0) FROM case_deadline_counts
      WHERE phase IN ${OPEN_PHASES} AND deadline_hour < date_trunc('hour', ${instant}::timestamptz, 'UTC'))
    + (SELECT count(*) FROM verification_cases c JOIN seller_entities e ON e.id = c.seller_entity_id AND e.archived_at IS NULL
        WHERE c.passed_at IS NULL AND c.cancelled_at IS NULL
          AND c.deadline_at >= date_trunc('hour', ${instant}::timestamptz, 'UTC') AND c.deadline_at ${inclusive ? '<=' : '<'} ${instant}))::int`;
/** A case list row (the dashboard's CaseListFields); $1 is now. */
const CASE_ROW = `c.id, c.site, (${CASE_STATUS}) AS status, c.trigger, c.deadline_at,
           c.notice_received_at, c.appointment_starts_at, r.id AS representative_id, r.full_name,
           e.id AS entity_id, e.legal_name, m.id AS manager_id, u.id AS manager_user_id, u.name AS manager_name`;

/** A flagged store_impacts row ranked at $1 (now) within $3 (horizon), in $4 (time zone). */
const RANKED_IMPACT = `store_id, CASE WHEN restricted OR case_deadline_at < $1 THEN 0 ELSE 1 END AS tier,
             coalesce(least((case_deadline_at AT TIME ZONE $4)::date, (freeze_until AT TIME ZONE $4)::date,
                            CASE WHEN expires_on <= $3 THEN expires_on END), 'infinity'::date) AS due_on`;

/** The SQL floors: the same rows as the GraphQL operations, written by hand. */
const FLOOR = {
  // The floors read the derivations the API keeps on write, as the API does: store_impacts (per
  // store, its restriction, its entity's open case deadline and its earliest relevant expiry) for
  // the ranking, and the counters (migration PortfolioCounts: per site and expiry, per manager, per
  // document expiry date, per case phase and deadline hour) for every count; deriving them from the
  // source tables instead measures a different, slower query.
  // $1 now, $2 today, $3 horizon (today + the agency's warning days)
  summary: `
    WITH by_site AS (
      SELECT site, sum(stores)::int AS stores,
             coalesce(sum(stores) FILTER (WHERE flagged OR expires_on <= $3), 0)::int AS affected,
             coalesce(sum(stores) FILTER (WHERE restricted), 0)::int AS restricted
        FROM store_impact_counts GROUP BY site)
    SELECT (SELECT sum(entities) FROM entity_counts WHERE NOT archived)::int AS seller_entities,
           (SELECT sum(stores) FROM by_site)::int AS stores,
           (SELECT coalesce(sum(cases), 0) FROM case_deadline_counts WHERE phase IN ${OPEN_PHASES})::int AS open_cases,
           ${casesDueBefore('$1')} AS overdue_cases,
           (SELECT coalesce(sum(documents), 0) FROM document_expiry_counts
             WHERE site = '*' AND expires_on BETWEEN $2 AND $3)::int AS expiring_documents,
           (SELECT coalesce(sum(documents), 0) FROM document_expiry_counts
             WHERE site = '*' AND expires_on < $2)::int AS expired_documents,
           (SELECT json_agg(by_site ORDER BY site) FROM by_site) AS by_site`,
  // $1 now, $2 today, $3 horizon, $4 the agency's time zone, $5 page size + 1. Ranked as the API ranks:
  // tier 0 (restricted or overdue) first, then the earliest due date, then the store id; the flagged
  // stores bounded as the API bounds them (affectedPageSql: the first rows in each date's index
  // order give a bound, then only the rows with a date within it are ranked); the page's reasons
  // from the source tables.
  affected: `
    WITH candidates AS (
      (SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged ORDER BY case_deadline_at LIMIT $5)
      UNION (SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged ORDER BY freeze_until LIMIT $5)
      UNION (SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged AND (restricted OR case_deadline_at < $1)
              ORDER BY expires_on LIMIT $5)),
    bound AS (
      SELECT due_on, ((due_on + 1)::timestamp AT TIME ZONE $4) AS before FROM (
        SELECT tier, due_on FROM candidates ORDER BY tier, due_on, store_id OFFSET $5 - 1 LIMIT 1) k
       WHERE tier = 0 AND due_on < 'infinity'),
    ranked AS (
      SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged AND NOT EXISTS (SELECT FROM bound)
      UNION SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged AND case_deadline_at < (SELECT before FROM bound)
      UNION SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged AND freeze_until < (SELECT before FROM bound)
      UNION SELECT ${RANKED_IMPACT} FROM store_impacts WHERE flagged AND expires_on <= (SELECT due_on FROM bound)
      UNION ALL
      (SELECT store_id, 1, expires_on FROM store_impacts WHERE NOT flagged AND expires_on <= $3
        ORDER BY expires_on, store_id LIMIT $5)),
    page AS (SELECT * FROM ranked ORDER BY tier, due_on, store_id LIMIT $5)
    SELECT (SELECT sum(stores) FROM store_impact_counts WHERE flagged OR expires_on <= $3)::int AS total,
           s.id, s.site, s.shop_name, s.status, e.id AS entity_id, e.legal_name, e.english_name,
           (SELECT json_agg(json_build_object('code', r.code, 'dueOn', r.due_on, 'caseId', r.case_id, 'documentId', r.document_id)
                            ORDER BY r.tier, r.due_on NULLS LAST, r.code)
              FROM (
                SELECT CASE WHEN c.deadline_at < $1 THEN 'VERIFICATION_OVERDUE' ELSE 'OPEN_VERIFICATION_CASE' END AS code,
                       (c.deadline_at AT TIME ZONE $4)::date AS due_on, CASE WHEN c.deadline_at < $1 THEN 0 ELSE 1 END AS tier,
                       NULL::uuid AS document_id, c.id AS case_id
                  FROM verification_cases c WHERE c.seller_entity_id = s.seller_entity_id AND c.passed_at IS NULL AND c.cancelled_at IS NULL
                UNION ALL
                SELECT 'STORE_RESTRICTED', (s.freeze_until AT TIME ZONE $4)::date, 0, NULL, NULL WHERE s.status IN ${LIVE_STORE_RESTRICTED}
                UNION ALL
                SELECT CASE WHEN l.expires_on < $2 THEN 'LICENSE_EXPIRED' ELSE 'LICENSE_EXPIRING' END, l.expires_on, 1, l.id, NULL
                  FROM (SELECT id, expires_on FROM documents WHERE seller_entity_id = s.seller_entity_id AND type = 'BUSINESS_LICENSE'
                         ORDER BY created_at DESC, id DESC LIMIT 1) l WHERE l.expires_on <= $3
                UNION ALL
                SELECT CASE WHEN rp.id_expires_on < $2 THEN 'ID_EXPIRED' ELSE 'ID_EXPIRING' END, rp.id_expires_on, 1,
                       (SELECT d.id FROM documents d WHERE d.representative_id = rp.id AND d.type = 'RESIDENT_ID_CARD'
                         ORDER BY d.created_at DESC LIMIT 1), NULL
                  FROM representatives rp WHERE rp.seller_entity_id = s.seller_entity_id AND rp.id_expires_on <= $3
                UNION ALL
                SELECT CASE WHEN d.expires_on < $2 THEN 'DOCUMENT_EXPIRED' ELSE 'DOCUMENT_EXPIRING' END, d.expires_on, 1, d.id, NULL
                  FROM documents d WHERE d.seller_entity_id = s.seller_entity_id AND d.type NOT IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD')
                   AND d.expires_on <= $3 AND (d.sites = '{}' OR s.site = ANY (d.sites))) r) AS reasons
      FROM page JOIN stores s ON s.id = page.store_id JOIN seller_entities e ON e.id = s.seller_entity_id
     ORDER BY page.tier, page.due_on, page.store_id`,
  // $1 now, $2 page size + 1
  entityList: `
    WITH page AS (SELECT * FROM seller_entities WHERE archived_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $2)
    SELECT (SELECT sum(entities) FROM entity_counts WHERE NOT archived)::int AS total,
           e.id, e.legal_name, e.english_name, e.uscc, e.registered_representative_name, e.archived_at, e.created_at,
           e.business_scope, e.violations_last90_days, e.needs_chinese_support, e.chinese_support_requested,
           (SELECT json_build_object('id', m.id, 'userId', u.id, 'name', u.name) FROM memberships m
              JOIN users u ON u.id = m.user_id WHERE m.id = e.manager_id) AS manager,
           (SELECT json_agg(json_build_object('id', s.id, 'site', s.site, 'shopName', s.shop_name, 'status', s.status,
                                              'categories', s.categories) ORDER BY s.site, s.id)
              FROM stores s WHERE s.seller_entity_id = e.id) AS stores,
           (SELECT json_agg(json_build_object('id', r.id, 'fullName', r.full_name, 'role', r.role,
                                              'idNumberMasked', r.id_number_masked, 'idExpiresOn', r.id_expires_on))
              FROM representatives r WHERE r.seller_entity_id = e.id) AS representatives,
           (SELECT json_agg(json_build_object('id', d.id, 'type', d.type, 'expiresOn', d.expires_on, 'sites', d.sites,
                                              'representativeId', d.representative_id, 'createdAt', d.created_at))
              FROM documents d WHERE d.seller_entity_id = e.id
               AND d.type IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD', 'PRODUCT_FILING', 'DTI_REGISTRATION', 'TAX_REGISTRATION'))
             AS readiness_documents,
           (SELECT json_agg(json_build_object('id', c.id, 'representativeId', c.representative_id, 'site', c.site,
                                              'deadlineAt', c.deadline_at, 'appointmentStartsAt', c.appointment_starts_at,
                                              'checklist', c.checklist, 'status', ${CASE_STATUS}) ORDER BY c.created_at DESC)
              FROM verification_cases c WHERE c.seller_entity_id = e.id) AS cases
      FROM page e ORDER BY e.created_at DESC, e.id DESC`,
  // $1 now, $2 entity id
  entityPage: `
    SELECT e.*,
           (SELECT json_build_object('id', m.id, 'userId', u.id, 'name', u.name) FROM memberships m
              JOIN users u ON u.id = m.user_id WHERE m.id = e.manager_id) AS manager,
           (SELECT json_agg(s ORDER BY s.site, s.id) FROM stores s WHERE s.seller_entity_id = e.id) AS stores,
           (SELECT json_agg(json_build_object('id', r.id, 'fullName', r.full_name, 'role', r.role, 'idType', r.id_type,
                                              'idNumberMasked', r.id_number_masked, 'idExpiresOn', r.id_expires_on,
                                              'phoneMasked', r.phone_masked, 'verifiedAt', r.verified_at))
              FROM representatives r WHERE r.seller_entity_id = e.id) AS representatives,
           (SELECT json_agg(json_build_object('id', d.id, 'type', d.type, 'number', d.number, 'issuedOn', d.issued_on,
                                              'expiresOn', d.expires_on, 'sites', d.sites, 'createdAt', d.created_at,
                                              'representative', CASE WHEN r.id IS NOT NULL THEN json_build_object('id', r.id, 'fullName', r.full_name) END,
                                              'file', CASE WHEN f.id IS NOT NULL THEN json_build_object('id', f.id, 'filename', f.filename,
                                                'contentType', f.content_type, 'sizeBytes', f.size_bytes) END)
                            ORDER BY d.expires_on NULLS LAST, d.created_at)
              FROM documents d LEFT JOIN representatives r ON r.id = d.representative_id
              LEFT JOIN stored_files f ON f.id = d.file_id WHERE d.seller_entity_id = e.id) AS documents,
           (SELECT json_agg(json_build_object('id', c.id, 'site', c.site, 'status', ${CASE_STATUS}, 'deadlineAt', c.deadline_at,
                                              'createdAt', c.created_at, 'representative', json_build_object('id', r.id, 'fullName', r.full_name),
                                              'appointmentStartsAt', c.appointment_starts_at) ORDER BY c.created_at DESC)
              FROM verification_cases c JOIN representatives r ON r.id = c.representative_id
             WHERE c.seller_entity_id = e.id) AS cases
      FROM seller_entities e WHERE e.id = $2`,
  // $1 today + 30, $2 page size + 1
  documents: `
    SELECT (SELECT sum(documents) FROM document_expiry_counts WHERE site = '*' AND expires_on <= $1)::int AS total,
           d.id, d.type, d.number, d.expires_on, d.sites, e.id AS entity_id, e.legal_name,
           r.id AS representative_id, r.full_name
      FROM documents d JOIN seller_entities e ON e.id = d.seller_entity_id AND e.archived_at IS NULL
      LEFT JOIN representatives r ON r.id = d.representative_id
     WHERE d.expires_on <= $1 ORDER BY d.expires_on, d.id LIMIT $2`,
  // $1 now, $2 page size + 1: the cases page, earliest deadline first.
  casesPage: `
    SELECT (SELECT sum(cases) FROM case_deadline_counts)::int AS total, ${CASE_ROW}
      FROM verification_cases c JOIN seller_entities e ON e.id = c.seller_entity_id AND e.archived_at IS NULL
      JOIN representatives r ON r.id = c.representative_id
      LEFT JOIN memberships m ON m.id = e.manager_id LEFT JOIN users u ON u.id = m.user_id
     ORDER BY c.deadline_at, c.id LIMIT $2`,
  // $1 now, $2 page size + 1, $3 now + 8,760 hours: the Today page's open cases.
  openCases: `
    SELECT ${casesDueBefore('$3', true)} AS total, ${CASE_ROW}
      FROM verification_cases c JOIN seller_entities e ON e.id = c.seller_entity_id AND e.archived_at IS NULL
      JOIN representatives r ON r.id = c.representative_id
      LEFT JOIN memberships m ON m.id = e.manager_id LEFT JOIN users u ON u.id = m.user_id
     WHERE c.passed_at IS NULL AND c.cancelled_at IS NULL AND c.deadline_at <= $3
     ORDER BY c.deadline_at, c.id LIMIT $2`,
  // $1 page size + 1: the documents page, soonest expiry first.
  documentsPage: `
    SELECT (SELECT sum(documents) FROM document_expiry_counts WHERE site = '#*')::int AS total,
           d.id, d.type, d.number, d.expires_on, d.sites, e.id AS entity_id, e.legal_name, e.uscc,
           r.id AS representative_id, r.full_name
      FROM documents d JOIN seller_entities e ON e.id = d.seller_entity_id AND e.archived_at IS NULL
      LEFT JOIN representatives r ON r.id = d.representative_id
     ORDER BY d.expires_on NULLS LAST, d.id LIMIT $1`,
  // $1 today, $2 weeks
  expiryWeeks: `
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', $1::date), date_trunc('week', $1::date) + ($2 - 1) * interval '1 week',
                             interval '1 week')::date AS week_start),
    counted AS (
      SELECT date_trunc('week', expires_on)::date AS week_start, sum(documents)::int AS documents,
             coalesce(sum(documents) FILTER (WHERE type = 'BUSINESS_LICENSE'), 0)::int AS business_licenses,
             coalesce(sum(documents) FILTER (WHERE type = 'RESIDENT_ID_CARD'), 0)::int AS id_cards
        FROM document_expiry_counts
       WHERE site = '*' AND expires_on >= $1::date AND expires_on < date_trunc('week', $1::date)::date + 7 * $2
       GROUP BY 1)
    SELECT w.week_start, coalesce(c.documents, 0) AS documents, coalesce(c.business_licenses, 0) AS business_licenses,
           coalesce(c.id_cards, 0) AS id_cards
      FROM weeks w LEFT JOIN counted c ON c.week_start = w.week_start ORDER BY w.week_start`,
  // $1 membership id, $2 now, $3 the reader's date + max(warning days, 90), $4 user id, $5 today's digest key
  digest: `
    WITH scope AS (SELECT id, legal_name FROM seller_entities WHERE archived_at IS NULL AND manager_id = $1)
    SELECT
      (SELECT json_agg(json_build_object('id', c.id, 'legalName', e.legal_name, 'site', c.site, 'deadlineAt', c.deadline_at)
                       ORDER BY c.deadline_at)
         FROM verification_cases c JOIN scope e ON e.id = c.seller_entity_id
        WHERE c.passed_at IS NULL AND c.cancelled_at IS NULL AND c.deadline_at <= $2::timestamptz + interval '72 hours') AS deadlines,
      (SELECT json_agg(json_build_object('id', c.id, 'legalName', e.legal_name, 'site', c.site, 'startsAt', c.appointment_starts_at)
                       ORDER BY c.appointment_starts_at)
         FROM verification_cases c JOIN scope e ON e.id = c.seller_entity_id
        WHERE c.passed_at IS NULL AND c.cancelled_at IS NULL
          AND c.appointment_starts_at BETWEEN $2 AND $2::timestamptz + interval '48 hours') AS appointments,
      (SELECT json_agg(json_build_object('caseId', a.case_id, 'legalName', e.legal_name, 'site', c.site, 'outcome', a.outcome,
                                         'occurredAt', a.occurred_at, 'failureReasons', a.failure_reasons) ORDER BY a.occurred_at DESC)
         FROM attempts a JOIN verification_cases c ON c.id = a.case_id JOIN scope e ON e.id = c.seller_entity_id
        WHERE a.outcome <> 'PASSED' AND a.occurred_at BETWEEN $2::timestamptz - interval '24 hours' AND $2) AS failures,
      (SELECT json_agg(json_build_object('id', d.id, 'entityId', e.id, 'legalName', e.legal_name, 'type', d.type,
                                         'expiresOn', d.expires_on, 'stores', stores) ORDER BY d.expires_on, e.legal_name)
         FROM documents d JOIN scope e ON e.id = d.seller_entity_id,
              LATERAL (SELECT array_agg(s.shop_name || ' (' || s.site || ')' ORDER BY s.site) AS stores FROM stores s
                        WHERE s.seller_entity_id = d.seller_entity_id AND s.status <> 'CLOSED'
                          AND (d.sites = '{}' OR s.site = ANY (d.sites))) affected
        WHERE d.expires_on <= $3) AS expiring,
      (SELECT json_agg(json_build_object('entityId', e.id, 'legalName', e.legal_name, 'shopName', s.shop_name, 'site', s.site,
                                         'status', s.status, 'modules', s.restricted_modules, 'freezeUntil', s.freeze_until)
                       ORDER BY s.freeze_until NULLS LAST, e.legal_name)
         FROM stores s JOIN scope e ON e.id = s.seller_entity_id WHERE s.status <> 'ACTIVE') AS restricted,
      (SELECT json_agg(json_build_object('type', document_type, 'days', days)) FROM reminder_ladders) AS ladders,
      (SELECT dedupe_key FROM deliveries WHERE user_id = $4 AND kind = 'DIGEST' AND status IN ('SENT', 'STORED')
          AND dedupe_key < $5 ORDER BY dedupe_key DESC LIMIT 1) AS last_digest`,
};

const IMPORT_COLUMNS =
  'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';
const SITES = ['TH', 'MY', 'PH', 'SG', 'VN', 'ID'];

/** A deterministic 10,000-row portfolio CSV: 2,500 new entities with a store on four sites each. */
function importCsv(run) {
  const rows = [IMPORT_COLUMNS];
  const day = (offset) =>
    new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  for (let n = 0; rows.length <= IMPORT_ROWS; n++) {
    // Region 659001 and serials from 700,000,000: clear of what the seed and the demo use.
    const code = uscc('659001', 700_000_000 + run * 100_000 + n);
    const expires = n % 9 === 0 ? '长期' : day(n % 700);
    for (let k = 0; k < 4 && rows.length <= IMPORT_ROWS; k++) {
      const site = SITES[(n + k) % SITES.length];
      rows.push(
        `${code},乌鲁木齐导入${run}-${n}号商贸有限公司,王磊,home-appliances;toys,${expires},${site},"Import ${run}-${n} ${site}, 旗舰店",IMP${run}X${n}X${site},home-appliances;toys`,
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

/** `COPY … FROM STDIN` of one buffer, through pg's query protocol (pg-copy-streams without the stream). */
class CopyFromBuffer {
  constructor(text, data) {
    this.text = text;
    this.data = data;
    this.rowCount = null;
    this.error = null;
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
  submit(connection) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection) {
    connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }
  handleCommandComplete(message) {
    this.rowCount = Number(/\d+$/.exec(message.text)?.[0] ?? NaN);
  }
  handleError(error) {
    this.error = error;
  }
  handleReadyForQuery() {
    if (this.error) this.reject(this.error);
    else this.resolve(this.rowCount);
  }
}

/** Times `work(i)` `iterations` times after `warmup` untimed runs; milliseconds, sorted. */
async function measure(work, iterations, warmup = WARMUP) {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

/**
 * Times each of `works` `iterations` times after untimed rounds — at least `warmup` of them, and as
 * many as `warmupMs` takes — taking turns (one call of each per round), so a machine busy with
 * something else slows every size alike; milliseconds, sorted, one array per work.
 */
async function measureInterleaved(works, iterations, warmup = WARMUP, warmupMs = WARMUP_MS) {
  const warmUntil = performance.now() + warmupMs;
  for (let i = 0; i < warmup || performance.now() < warmUntil; i++)
    for (const work of works) await work(i);
  const samples = works.map(() => []);
  for (let i = 0; i < iterations; i++) {
    for (const [j, work] of works.entries()) {
      const started = performance.now();
      await work(i);
      samples[j].push(performance.now() - started);
    }
  }
  return samples.map((sorted) => sorted.sort((a, b) => a - b));
}

/**
 * Every size's read operations, operation by operation, the sizes taking turns call by call: the
 * growth from one size to the next is then measured under the same load. One results array per size.
 */
async function measureReads(opened) {
  const results = opened.map(() => []);
  for (const { key } of opened[0].operations) {
    const operations = opened.map((size) => size.operations.find((other) => other.key === key));
    const measured = [];
    for (const [i, operation] of operations.entries()) {
      try {
        if (operation.same) {
          const [fromGraphql, fromSql] = operation.same;
          const [data, rows] = [await operation.graphql(0), await operation.sql(0)];
          if (fromGraphql(data) !== fromSql(rows))
            log(
              `WARNING ${operation.label} at ${opened[i].size}: the SQL floor's rows differ from the API's`,
            );
        }
        measured.push(i);
      } catch (error) {
        opened[i].errors.push(`${operation.label}: ${error.message}`);
        results[i].push({ ...operation, error: error.message });
      }
    }
    try {
      const graphql = await measureInterleaved(
        measured.map((i) => operations[i].graphql),
        ITERATIONS,
      );
      const sql = await measureInterleaved(
        measured.map((i) => operations[i].sql),
        ITERATIONS,
      );
      measured.forEach((i, j) =>
        results[i].push({ ...operations[i], graphql: graphql[j], sql: sql[j] }),
      );
    } catch (error) {
      for (const i of measured) {
        opened[i].errors.push(`${operations[i].label}: ${error.message}`);
        results[i].push({ ...operations[i], error: error.message });
      }
    }
  }
  return results;
}

function peakMemoryMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * One size, ready to measure: its database (a copy of the seeded template), its API started and
 * signed in, its read operations (each a GraphQL call and its SQL floor), `writes()` (the digests
 * and imports), `result(reads)` (the rows of its table) and `close()`.
 */
async function openSize(size) {
  const template = await seededTemplate(size, { seed: flags.seed, reseed: flags.reseed });
  const database = await createThrowawayDatabase('veridesk_scale', { template: template.name });
  const environment = builtApiEnvironment(database.url, {
    SCHEDULED_JOBS: 'false',
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    ...template.secrets,
  });
  const login = template.login;
  const admin = new pg.Client({ connectionString: database.url });
  const floors = [
    new pg.Client({ connectionString: database.url }),
    new pg.Client({ connectionString: database.url }),
  ];
  await Promise.all([admin, ...floors].map((client) => client.connect()));
  let api = null;
  const errors = [];
  const close = async () => {
    if (api) await api.stop();
    await Promise.all([admin, ...floors].map((client) => client.end().catch(() => undefined)));
    await database.drop();
  };
  try {
    api = await startBuiltApi(environment);
    const { token, agencyId } = await signIn(api.url, login);

    const [agency] = (
      await admin.query(
        `SELECT a.time_zone, a.expiry_warning_days, (now() AT TIME ZONE a.time_zone)::date::text AS today,
                ((now() AT TIME ZONE a.time_zone)::date + a.expiry_warning_days)::text AS horizon,
                ((now() AT TIME ZONE a.time_zone)::date + 30)::text AS within30,
                (SELECT count(*) FROM seller_entities WHERE agency_id = a.id)::int AS entities,
                (SELECT count(*) FROM stores WHERE agency_id = a.id)::int AS stores,
                (SELECT count(*) FROM representatives WHERE agency_id = a.id)::int AS representatives,
                (SELECT count(*) FROM documents WHERE agency_id = a.id)::int AS documents,
                (SELECT count(*) FROM verification_cases WHERE agency_id = a.id AND passed_at IS NULL AND cancelled_at IS NULL)::int AS open_cases
           FROM agencies a WHERE a.id = $1`,
        [agencyId],
      )
    ).rows;
    const ownerId = (await admin.query(`SELECT id FROM users WHERE email = $1`, [login.email]))
      .rows[0].id;
    const managers = (
      await admin.query(
        `SELECT m.id, m.user_id, ((now() AT TIME ZONE u.time_zone)::date + greatest(a.expiry_warning_days, 90))::text AS horizon,
                'digest:' || m.user_id || ':' || (now() AT TIME ZONE u.time_zone)::date AS digest_key
           FROM memberships m JOIN users u ON u.id = m.user_id JOIN agencies a ON a.id = m.agency_id
          WHERE m.agency_id = $1 AND m.role = 'MANAGER' ORDER BY m.created_at, m.id`,
        [agencyId],
      )
    ).rows;
    // The entity pages: entities with an open case (the fullest pages), the same for every size's order.
    const pageEntities = (
      await admin.query(
        `SELECT seller_entity_id AS id FROM verification_cases WHERE agency_id = $1 AND passed_at IS NULL
            AND cancelled_at IS NULL ORDER BY id LIMIT 20`,
        [agencyId],
      )
    ).rows.map((row) => row.id);
    log(
      `API (pid ${api.child.pid}) on ${api.url}: ${agency.entities} entities, ${agency.stores} stores, ` +
        `${agency.representatives} representatives, ${agency.documents} documents, ${agency.open_cases} open cases, ` +
        `${managers.length} managers; expiry window ${agency.expiry_warning_days} days`,
    );

    const call = async (query, variables) => {
      const { text } = await postGraphql(api.url, JSON.stringify({ query, variables }), token);
      const result = JSON.parse(text);
      if (result.errors) throw new Error(`GraphQL error: ${JSON.stringify(result.errors[0])}`);
      return result.data;
    };
    const floor = (text, values, client = floors[0]) => asTenant(client, agencyId, text, values);
    // Now as the API sees it at each call (cases cross their deadline while the benchmark runs).
    const now = () => new Date();
    const summaryFloor = (client) =>
      floor(FLOOR.summary, [now(), agency.today, agency.horizon], client);
    // The Today page asks for 100 affected stores, within the agency's window (30 days by default).
    const affectedFloor = (client) =>
      floor(FLOOR.affected, [now(), agency.today, agency.horizon, agency.time_zone, 101], client);

    const queries = {
      summary: dashboardQuery('OverviewSummary'),
      affected: dashboardQuery('OverviewAffectedStores'),
      entityList: withEntityListExtras(dashboardQuery('EntitiesList')),
      entityPage: dashboardQuery('EntityPage'),
      documents: dashboardQuery('OverviewExpiringDocuments'),
      digest: withReader(dashboardQuery('MyDigestPreview')),
      import: dashboardQuery('ImportPortfolio'),
      casesPage: dashboardQuery('VerificationCases'),
      documentsPage: dashboardQuery('PortfolioDocuments'),
      openCases: dashboardQuery('OverviewOpenCases'),
      expiryWeeks: dashboardQuery('OverviewExpiryWeeks'),
    };
    // The first page of a list, as ids, from the API and from its floor (which reads one row more,
    // as the API does, to know whether a next page exists).
    const samePage = (field, size) => [
      (data) => data[field].edges.map((edge) => edge.node.id).join(),
      (rows) =>
        rows
          .slice(0, size)
          .map((row) => row.id)
          .join(),
    ];
    // The Today page's open cases: every case not passed or cancelled (use-open-cases.ts).
    const ANY_OPEN_CASE_HOURS = 24 * 365;

    const operations = [
      {
        // What every request costs whatever it reads (HTTP, the credential, GraphQL, one read
        // transaction): the part of ratios 1–4 no query change can remove.
        key: 'smallest',
        label: '0  smallest signed-in query (me.role)',
        graphql: () => call('query { me { role } }'),
        sql: () => floor(`SELECT role FROM memberships WHERE user_id = $1`, [ownerId]),
      },
      {
        key: 'overview',
        label: '1  overview: summary ‖ affected stores',
        graphql: () => Promise.all([call(queries.summary), call(queries.affected)]),
        sql: () => Promise.all([summaryFloor(floors[0]), affectedFloor(floors[1])]),
        read: true,
      },
      {
        key: 'summary',
        label: '1a portfolioSummary',
        graphql: () => call(queries.summary),
        sql: () => summaryFloor(floors[0]),
        same: [
          ({ portfolioSummary: summary }) =>
            JSON.stringify([
              ...[summary.sellerEntities, summary.stores, summary.openCases, summary.overdueCases],
              ...[summary.expiringDocuments, summary.expiredDocuments],
              summary.bySite
                .filter((site) => site.stores > 0)
                .sort((a, b) => a.site.localeCompare(b.site)),
            ]),
          ([row]) =>
            JSON.stringify([
              ...[row.seller_entities, row.stores, row.open_cases, row.overdue_cases],
              ...[row.expiring_documents, row.expired_documents],
              row.by_site,
            ]),
        ],
      },
      {
        key: 'affected',
        label: '1b affectedStores, first page (100)',
        graphql: () => call(queries.affected),
        sql: () => affectedFloor(floors[0]),
        same: [
          (data) => data.affectedStores.edges.map((edge) => edge.node.store.id).join(),
          // The floor reads one row more, as the API does, to know whether a next page exists.
          (rows) =>
            rows
              .slice(0, 100)
              .map((row) => row.id)
              .join(),
        ],
      },
      {
        key: 'entityList',
        label: '2  sellerEntities(first: 50)',
        graphql: () => call(queries.entityList, { filter: {}, first: 50 }),
        sql: () => floor(FLOOR.entityList, [now(), 51]),
        read: true,
        same: [
          (data) => data.sellerEntities.edges.map((edge) => edge.node.id).join(),
          (rows) =>
            rows
              .slice(0, 50)
              .map((row) => row.id)
              .join(),
        ],
      },
      {
        key: 'entityPage',
        label: '3  entity page',
        graphql: (i) => call(queries.entityPage, { id: pageEntities[i % pageEntities.length] }),
        sql: (i) => floor(FLOOR.entityPage, [now(), pageEntities[i % pageEntities.length]]),
        read: true,
        same: [(data) => data.sellerEntity.documents.length, (rows) => rows[0].documents.length],
      },
      {
        key: 'documents',
        label: '4  documents(expiring ≤ 30 d, first 100)',
        graphql: () => call(queries.documents, { withinDays: 30 }),
        sql: () => floor(FLOOR.documents, [agency.within30, 101]),
        read: true,
        same: [
          (data) => data.documents.edges.map((edge) => edge.node.id).join(),
          (rows) =>
            rows
              .slice(0, 100)
              .map((row) => row.id)
              .join(),
        ],
      },
      {
        key: 'casesPage',
        label: '7  verificationCases(first: 20)',
        graphql: () => call(queries.casesPage, { filter: {}, first: 20 }),
        sql: () => floor(FLOOR.casesPage, [now(), 21]),
        read: true,
        same: samePage('verificationCases', 20),
      },
      {
        key: 'documentsPage',
        label: '8  documents(first: 20)',
        graphql: () => call(queries.documentsPage, { filter: {}, first: 20 }),
        sql: () => floor(FLOOR.documentsPage, [21]),
        read: true,
        same: samePage('documents', 20),
      },
      {
        key: 'openCases',
        label: '9  open cases (due ≤ 1 year, first 100)',
        graphql: () => call(queries.openCases, { dueWithinHours: ANY_OPEN_CASE_HOURS }),
        sql: () => {
          const at = now();
          return floor(FLOOR.openCases, [
            at,
            101,
            new Date(at.getTime() + ANY_OPEN_CASE_HOURS * 3_600_000),
          ]);
        },
        read: true,
        same: samePage('verificationCases', 100),
      },
      {
        key: 'expiryWeeks',
        label: '10 documentExpiryWeeks(13)',
        graphql: () => call(queries.expiryWeeks, { weeks: 13 }),
        sql: () => floor(FLOOR.expiryWeeks, [agency.today, 13]),
        read: true,
        same: [
          (data) => data.documentExpiryWeeks.map((week) => week.documents).join(),
          (rows) => rows.map((row) => row.documents).join(),
        ],
      },
    ];

    // The digests and imports: writes, and the digests grow with each manager's portfolio, so they
    // run one size at a time after every size's reads.
    const writes = async () => {
      const results = [];
      const loadBefore = loadavg()[0];
      // 5. Every manager's digest, one after another, as one total.
      const digests = { key: 'digests', label: '5  digests of all managers (total)' };
      try {
        const graphqlDigests = await measure(
          async () => {
            for (const manager of managers) await call(queries.digest, { userId: manager.user_id });
          },
          DIGEST_ROUNDS,
          1,
        );
        const sqlDigests = await measure(
          async () => {
            for (const manager of managers)
              await floor(FLOOR.digest, [
                manager.id,
                now(),
                manager.horizon,
                manager.user_id,
                manager.digest_key,
              ]);
          },
          DIGEST_ROUNDS,
          1,
        );
        results.push({
          ...digests,
          graphql: graphqlDigests,
          sql: sqlDigests,
          count: managers.length,
        });
      } catch (error) {
        errors.push(`${digests.label}: ${error.message}`);
        results.push({ ...digests, error: error.message });
      }
      const readsPeak = peakMemoryMiB(api.child.pid);

      // 6. The import, each run a new file (2,500 new entities), against COPY of the same bytes.
      const imports = {
        key: 'import',
        label: `6  importPortfolio ${IMPORT_ROWS.toLocaleString('en')} rows / COPY`,
      };
      try {
        await admin.query(
          `CREATE TEMP TABLE import_scratch (${IMPORT_COLUMNS.split(',')
            .map((column) => `${column} text`)
            .join(', ')})`,
        );
        const graphqlImports = [];
        const copies = [];
        for (let run = 0; run < IMPORT_RUNS; run++) {
          const csv = importCsv(run);
          let started = performance.now();
          const { importPortfolio: report } = await call(queries.import, { csv, dryRun: false });
          graphqlImports.push(performance.now() - started);
          if (report.errors.length || report.created !== IMPORT_ROWS)
            throw new Error(
              `import run ${run}: ${report.created} created, errors ${JSON.stringify(report.errors.slice(0, 3))}`,
            );
          started = performance.now();
          const copy = new CopyFromBuffer(
            `COPY import_scratch FROM STDIN WITH (FORMAT csv, HEADER true)`,
            Buffer.from(csv),
          );
          admin.query(copy);
          const copied = await copy.done;
          copies.push(performance.now() - started);
          if (copied !== IMPORT_ROWS) throw new Error(`COPY took ${copied} rows`);
          await admin.query('TRUNCATE import_scratch');
        }
        results.push({
          ...imports,
          graphql: graphqlImports.sort((a, b) => a - b),
          sql: copies.sort((a, b) => a - b),
        });
      } catch (error) {
        errors.push(`${imports.label}: ${error.message}`);
        results.push({ ...imports, error: error.message });
      }
      const peak = peakMemoryMiB(api.child.pid);
      return { results, readsPeak, peak, load: [loadBefore, loadavg()[0]] };
    };
    return { size, agency, managers: managers.length, operations, writes, errors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The dashboard's digest preview, for any reader (the owner previews each manager's). */
function withReader(query) {
  const reader = query
    .replace('query MyDigestPreview {', 'query MyDigestPreview($userId: ID) {')
    .replace('digestPreview {', 'digestPreview(userId: $userId) {');
  if (!reader.includes('digestPreview(userId: $userId)')) fail('MyDigestPreview changed shape');
  return reader;
}

const ms = (value) => (Number.isFinite(value) ? value.toFixed(value >= 1000 ? 0 : 1) : '—');
const p = (samples, q) => percentile(samples, q);

function targetsOf(result) {
  if (result.error) return [`ERROR ${result.error}`];
  const p95 = p(result.graphql, 95);
  const ratio = p95 / p(result.sql, 95);
  const mark = (ok) => (ok ? 'PASS' : 'MISS');
  if (result.read)
    return [
      `${mark(p95 < READ_P95_MS)} p95 < ${READ_P95_MS} ms`,
      `${mark(ratio <= READ_FLOOR_RATIO)} ≤ ${READ_FLOOR_RATIO}× floor`,
    ];
  if (result.key === 'digests') return [`${mark(p95 <= DIGESTS_MS)} p95 ≤ ${DIGESTS_MS / 1000} s`];
  if (result.key === 'import') return [`${mark(p95 <= IMPORT_MS)} p95 ≤ ${IMPORT_MS / 1000} s`];
  return [];
}

function report(run) {
  const { agency } = run;
  console.log(
    `\nVeriDesk portfolio benchmark — ${run.size.toLocaleString('en')} entities ` +
      `(${agency.stores} stores, ${agency.representatives} representatives, ${agency.documents} documents, ` +
      `${agency.open_cases} open cases, ${run.managers} managers)\n` +
      `${ITERATIONS} iterations after ≥ ${WARMUP} warm-up and ≥ ${WARMUP_MS / 1000} s of them (digests: ${DIGEST_ROUNDS} rounds; import: ${IMPORT_RUNS} runs); ms\n`,
  );
  const header = `${'operation'.padEnd(42)} ${'GraphQL p50'.padStart(11)} ${'p95'.padStart(7)}   ${'SQL p50'.padStart(8)} ${'p95'.padStart(7)}   ${'ratio p50'.padStart(9)} ${'p95'.padStart(6)}   targets`;
  console.log(header);
  console.log('─'.repeat(header.length + 30));
  for (const result of run.results) {
    if (result.error) {
      console.log(`${result.label.padEnd(42)} ${targetsOf(result).join('  ')}`);
      continue;
    }
    const ratio = (q) => (p(result.graphql, q) / p(result.sql, q)).toFixed(1) + '×';
    console.log(
      `${result.label.padEnd(42)} ${ms(p(result.graphql, 50)).padStart(11)} ${ms(p(result.graphql, 95)).padStart(7)}   ` +
        `${ms(p(result.sql, 50)).padStart(8)} ${ms(p(result.sql, 95)).padStart(7)}   ${ratio(50).padStart(9)} ${ratio(95).padStart(6)}   ` +
        targetsOf(result).join('  '),
    );
  }
  console.log(
    `API peak memory (VmHWM): ${run.readsPeak.toFixed(0)} MiB after the reads and digests, ${run.peak.toFixed(0)} MiB at the end`,
  );
  // Timings only compare on a quiet machine: say how busy it was.
  const span = ([start, end]) => `${start.toFixed(1)} → ${end.toFixed(1)}`;
  console.log(
    `Load average (1 min) on ${cpus().length} cores: ${span(run.load.reads)} during every size's reads, ` +
      `${span(run.load.writes)} during this size's digests and imports`,
  );
}

function reportGrowth(small, large) {
  console.log(
    `\nGrowth: p95 (p50) at ${large.size.toLocaleString('en')} ÷ p95 (p50) at ${small.size.toLocaleString('en')} entities`,
  );
  for (const result of large.results) {
    const before = small.results.find((other) => other.key === result.key);
    if (result.error || before?.error) continue;
    const growth = (samples, earlier, q = 95) => p(samples, q) / p(earlier, q);
    const limited = GROWING_PAGES.has(result.key);
    const graphqlGrowth = growth(result.graphql, before.graphql);
    // p50 beside p95: of 30 samples the p95 is the second slowest, which one pause of a busy
    // machine sets.
    const both = (samples, earlier) =>
      `${growth(samples, earlier).toFixed(2).padStart(6)}× (${growth(samples, earlier, 50).toFixed(2)}×)`;
    console.log(
      `  ${result.label.padEnd(42)} GraphQL ${both(result.graphql, before.graphql)}   SQL floor ${both(result.sql, before.sql)}   ` +
        (limited ? `${graphqlGrowth <= GROWTH_LIMIT ? 'PASS' : 'MISS'} ≤ ${GROWTH_LIMIT}×` : ''),
    );
  }
}

async function main() {
  if (
    !SIZES.length ||
    SIZES.some((size) => !Number.isInteger(size) || size < 1) ||
    !(ITERATIONS > 0) ||
    !(WARMUP >= 0) ||
    !(WARMUP_MS >= 0) ||
    !(DIGEST_ROUNDS > 0) ||
    !(IMPORT_RUNS > 0)
  )
    fail(
      'Usage: npm run bench -- [--sizes 500,5000] [--iterations 50] [--warmup 5] [--warmup-seconds 2] [--digest-rounds 5] [--import-runs 3] [--seed 1] [--no-build] [--reseed]',
    );
  ensureBuilt({ skip: flags['no-build'] });
  const opened = [];
  const runs = [];
  try {
    for (const size of SIZES) opened.push(await openSize(size));
    const readsLoad = [loadavg()[0]];
    const reads = await measureReads(opened);
    readsLoad.push(loadavg()[0]);
    for (const [i, size] of opened.entries()) {
      const written = await size.writes();
      const run = {
        ...size,
        ...written,
        results: [...reads[i], ...written.results],
        load: { reads: readsLoad, writes: written.load },
      };
      report(run);
      runs.push(run);
    }
  } finally {
    for (const size of opened) await size.close();
  }
  for (let i = 1; i < runs.length; i++) reportGrowth(runs[i - 1], runs[i]);
  const errors = runs.flatMap((run) => run.errors);
  if (errors.length) {
    console.error(`\n${errors.length} error(s):\n  ${errors.join('\n  ')}`);
    return 1;
  }
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
