import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Above this many entities a refresh takes the bulk path. Below it, index lookups per entity are
 * what a mutation needs (an update of one licence, trigger included: 0.38 ms at 5,000 entities);
 * the bulk path reads the agency's rows once (20-40 ms at 5,000 entities, whatever the count),
 * which 32 entities' lookups (3-10 ms) do not yet cost.
 */
const BULK_ENTITIES = 32;

// veridesk_refresh_store_impacts as StoreImpacts1795957368510 wrote it.
const ORIGINAL = `
        -- Two transactions writing one entity would each derive from a snapshot without the
        -- other's rows, and the later upsert would win with stale data. Locking the entities
        -- until commit, then reading in fresh statements (READ COMMITTED), makes the second
        -- refresh see the first one's writes. Row locks: no lock-table slot per entity.
        PERFORM 1 FROM seller_entities e
          JOIN unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)
            ON e.agency_id = k.agency_id AND e.id = k.entity_id
         ORDER BY e.id FOR NO KEY UPDATE OF e;

        DELETE FROM store_impacts si
         USING unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)
         WHERE si.agency_id = k.agency_id AND si.seller_entity_id = k.entity_id
           AND NOT EXISTS (
             SELECT 1 FROM stores s
               JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id
              WHERE s.agency_id = si.agency_id AND s.id = si.store_id
                AND s.seller_entity_id = si.seller_entity_id AND e.archived_at IS NULL);

        INSERT INTO store_impacts AS si (agency_id, store_id, seller_entity_id, site, restricted,
                                         freeze_until, case_deadline_at, expires_on, flagged)
        SELECT s.agency_id, s.id, s.seller_entity_id, s.site, x.restricted,
               CASE WHEN x.restricted THEN s.freeze_until END,
               x.case_deadline_at, x.expires_on,
               x.restricted OR x.case_deadline_at IS NOT NULL
          FROM (SELECT DISTINCT agency_id, entity_id
                  FROM unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)) k
          JOIN seller_entities e
            ON e.agency_id = k.agency_id AND e.id = k.entity_id AND e.archived_at IS NULL
          JOIN stores s ON s.agency_id = e.agency_id AND s.seller_entity_id = e.id
          LEFT JOIN verification_cases c
            ON c.agency_id = s.agency_id AND c.seller_entity_id = s.seller_entity_id
           AND c.passed_at IS NULL AND c.cancelled_at IS NULL
          -- The entity's current licence: the one recorded last.
          LEFT JOIN LATERAL (
            SELECT d.expires_on FROM documents d
             WHERE d.agency_id = e.agency_id AND d.seller_entity_id = e.id
               AND d.type = 'BUSINESS_LICENSE'
             ORDER BY d.created_at DESC, d.id DESC LIMIT 1) licence ON true
          LEFT JOIN LATERAL (
            SELECT min(r.id_expires_on) AS expires_on FROM representatives r
             WHERE r.agency_id = e.agency_id AND r.seller_entity_id = e.id) card ON true
          LEFT JOIN LATERAL (
            SELECT min(d.expires_on) AS expires_on FROM documents d
             WHERE d.agency_id = e.agency_id AND d.seller_entity_id = e.id
               AND d.type NOT IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD')
               AND (d.sites = '{}' OR s.site = ANY (d.sites))) other ON true
          -- A CLOSED store counts as a store and has no reason.
          CROSS JOIN LATERAL (
            SELECT s.status IN ('RESTRICTED', 'FROZEN', 'UNDER_REVIEW') AS restricted,
                   CASE WHEN s.status <> 'CLOSED' THEN c.deadline_at END AS case_deadline_at,
                   CASE WHEN s.status <> 'CLOSED'
                        THEN least(licence.expires_on, card.expires_on, other.expires_on) END AS expires_on
          ) x
        ON CONFLICT (agency_id, store_id) DO UPDATE
           SET seller_entity_id = excluded.seller_entity_id, site = excluded.site,
               restricted = excluded.restricted, freeze_until = excluded.freeze_until,
               case_deadline_at = excluded.case_deadline_at, expires_on = excluded.expires_on,
               flagged = excluded.flagged
         WHERE (si.seller_entity_id, si.site, si.restricted, si.freeze_until, si.case_deadline_at,
                si.expires_on, si.flagged)
               IS DISTINCT FROM
               (excluded.seller_entity_id, excluded.site, excluded.restricted, excluded.freeze_until,
                excluded.case_deadline_at, excluded.expires_on, excluded.flagged);`;

// The per-entity path: the original's rules, one entity at a time, every table reached through
// the entity (scalar parameters), nested loops over index scans only. Its plans are cached per
// backend and may have been made when the tables held a row or two: then any join order looked
// free, and one such plan scanned every store of the agency per entity, against every entity
// (100 ms per licence update at 3,000 entities). Bound to one entity, every scan is that entity's
// rows through its (agency, entity) index whatever the statistics. The licence's type and the
// entity's archived_at are compared in a form no index serves: otherwise the (agency, type) index,
// or the partial index of the agency's live entities, could look as good as the entity's own and
// read every licence, or every entity, of the agency.
const PER_ENTITY = `
      DECLARE
        entity_agency uuid;
        entity uuid;
      BEGIN
        -- Locked until commit, in one order, before anything is read (see the bulk path).
        FOR entity_agency, entity IN
          SELECT DISTINCT k.agency_id, k.entity_id
            FROM unnest(agency_ids, entity_ids) AS k(agency_id, entity_id) ORDER BY k.entity_id
        LOOP
          PERFORM 1 FROM seller_entities e
           WHERE e.agency_id = entity_agency AND e.id = entity FOR NO KEY UPDATE OF e;
        END LOOP;
        FOR entity_agency, entity IN
          SELECT DISTINCT k.agency_id, k.entity_id
            FROM unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)
        LOOP
          DELETE FROM store_impacts si
           WHERE si.agency_id = entity_agency AND si.seller_entity_id = entity
             AND NOT EXISTS (
               SELECT 1 FROM stores s
                 JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id
                WHERE s.agency_id = si.agency_id AND s.id = si.store_id
                  AND s.seller_entity_id = si.seller_entity_id AND (e.archived_at IS NULL) IS TRUE);

          INSERT INTO store_impacts AS si (agency_id, store_id, seller_entity_id, site, restricted,
                                           freeze_until, case_deadline_at, expires_on, flagged)
          SELECT s.agency_id, s.id, s.seller_entity_id, s.site, x.restricted,
                 CASE WHEN x.restricted THEN s.freeze_until END,
                 x.case_deadline_at, x.expires_on,
                 x.restricted OR x.case_deadline_at IS NOT NULL
            FROM seller_entities e
            JOIN stores s ON s.agency_id = e.agency_id AND s.seller_entity_id = e.id
            LEFT JOIN verification_cases c
              ON c.agency_id = s.agency_id AND c.seller_entity_id = s.seller_entity_id
             AND c.passed_at IS NULL AND c.cancelled_at IS NULL
            -- The entity's current licence: the one recorded last.
            LEFT JOIN LATERAL (
              SELECT d.expires_on FROM documents d
               WHERE d.agency_id = e.agency_id AND d.seller_entity_id = e.id
                 AND (d.type = 'BUSINESS_LICENSE') IS TRUE
               ORDER BY d.created_at DESC, d.id DESC LIMIT 1) licence ON true
            LEFT JOIN LATERAL (
              SELECT min(r.id_expires_on) AS expires_on FROM representatives r
               WHERE r.agency_id = e.agency_id AND r.seller_entity_id = e.id) card ON true
            LEFT JOIN LATERAL (
              SELECT min(d.expires_on) AS expires_on FROM documents d
               WHERE d.agency_id = e.agency_id AND d.seller_entity_id = e.id
                 AND d.type NOT IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD')
                 AND (d.sites = '{}' OR s.site = ANY (d.sites))) other ON true
            -- A CLOSED store counts as a store and has no reason.
            CROSS JOIN LATERAL (
              SELECT s.status IN ('RESTRICTED', 'FROZEN', 'UNDER_REVIEW') AS restricted,
                     CASE WHEN s.status <> 'CLOSED' THEN c.deadline_at END AS case_deadline_at,
                     CASE WHEN s.status <> 'CLOSED'
                          THEN least(licence.expires_on, card.expires_on, other.expires_on) END AS expires_on
            ) x
           WHERE e.agency_id = entity_agency AND e.id = entity AND (e.archived_at IS NULL) IS TRUE
          ON CONFLICT (agency_id, store_id) DO UPDATE
             SET seller_entity_id = excluded.seller_entity_id, site = excluded.site,
                 restricted = excluded.restricted, freeze_until = excluded.freeze_until,
                 case_deadline_at = excluded.case_deadline_at, expires_on = excluded.expires_on,
                 flagged = excluded.flagged
           WHERE (si.seller_entity_id, si.site, si.restricted, si.freeze_until, si.case_deadline_at,
                  si.expires_on, si.flagged)
                 IS DISTINCT FROM
                 (excluded.seller_entity_id, excluded.site, excluded.restricted, excluded.freeze_until,
                  excluded.case_deadline_at, excluded.expires_on, excluded.flagged);
        END LOOP;
      END`;

/**
 * A new customer's first big import hung: on a fresh install, after a few one-row imports, a
 * 3,000-row file never finished (one backend at 100 % CPU in the store-impacts trigger of
 * `INSERT INTO stores`; a 1,000-row dry run took 43 s, 3,000 and 10,001 rows were still running
 * when a 120 s statement timeout stopped them). The refresh's statements were planned for tables
 * with no statistics and arrays of unknown size, every estimate one row, and PL/pgSQL keeps such a
 * plan for the backend's later calls (a generic plan after five): nested loops whose inner side
 * was a whole-agency scan (the licence lookup took the (agency, type) index and filtered the
 * entity, 2,800 rows per entity) ran per store, quadratic or worse in the rows of the import.
 *
 * Refreshing more than BULK_ENTITIES entities now runs veridesk_refresh_store_impacts_bulk: the
 * same rules as set-based statements (the licence, card and other expiries aggregated per entity
 * or store, then joined), with nested loops disabled for its statements and custom plans, so every
 * join is a hash or merge join whatever the statistics say: time linear in the rows touched plus
 * the agency's rows. Fewer entities (every mutation) take veridesk_refresh_store_impacts_few: the
 * same statements bound to one entity at a time (see PER_ENTITY), for the same reason from the
 * other side: a re-import changing 3,000 licences (3,000 one-entity refreshes) took 211 s.
 * After (2-core machine, the same one-row imports first): 1,000 / 3,000 / 10,001 rows in
 * 0.4 / 1.0 / 3.5 s (dry run). One licence update at 5,000 entities, trigger included: 0.38 ms
 * (0.36 before) with statistics, 0.38 ms (1.09 before) without.
 */
export class StoreImpactsBulkRefresh1795971000000 implements MigrationInterface {
  name = 'StoreImpactsBulkRefresh1795971000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(`
      CREATE FUNCTION veridesk_refresh_store_impacts_bulk(agency_ids uuid[], entity_ids uuid[])
      RETURNS void LANGUAGE plpgsql
      SET enable_nestloop = off
      SET plan_cache_mode = force_custom_plan
      AS $$
      BEGIN
        -- Locked until commit, in one order, as the per-entity path does (see there).
        PERFORM 1 FROM seller_entities e
          JOIN unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)
            ON e.agency_id = k.agency_id AND e.id = k.entity_id
         ORDER BY e.id FOR NO KEY UPDATE OF e;

        DELETE FROM store_impacts si
         USING unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)
         WHERE si.agency_id = k.agency_id AND si.seller_entity_id = k.entity_id
           AND NOT EXISTS (
             SELECT 1 FROM stores s
               JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id
              WHERE s.agency_id = si.agency_id AND s.id = si.store_id
                AND s.seller_entity_id = si.seller_entity_id AND e.archived_at IS NULL);

        WITH k AS MATERIALIZED (
          SELECT DISTINCT agency_id, entity_id
            FROM unnest(agency_ids, entity_ids) AS k(agency_id, entity_id)),
        live AS MATERIALIZED (
          SELECT s.agency_id, s.id AS store_id, s.seller_entity_id, s.site, s.status, s.freeze_until
            FROM k
            JOIN seller_entities e
              ON e.agency_id = k.agency_id AND e.id = k.entity_id AND e.archived_at IS NULL
            JOIN stores s ON s.agency_id = e.agency_id AND s.seller_entity_id = e.id),
        -- The entity's current licence: the one recorded last.
        licence AS (
          SELECT DISTINCT ON (d.agency_id, d.seller_entity_id)
                 d.agency_id, d.seller_entity_id, d.expires_on
            FROM documents d
            JOIN k ON d.agency_id = k.agency_id AND d.seller_entity_id = k.entity_id
           WHERE d.type = 'BUSINESS_LICENSE'
           ORDER BY d.agency_id, d.seller_entity_id, d.created_at DESC, d.id DESC),
        card AS (
          SELECT r.agency_id, r.seller_entity_id, min(r.id_expires_on) AS expires_on
            FROM representatives r
            JOIN k ON r.agency_id = k.agency_id AND r.seller_entity_id = k.entity_id
           GROUP BY r.agency_id, r.seller_entity_id),
        other AS (
          SELECT l.agency_id, l.store_id, min(d.expires_on) AS expires_on
            FROM live l
            JOIN documents d ON d.agency_id = l.agency_id AND d.seller_entity_id = l.seller_entity_id
           WHERE d.type NOT IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD')
             AND (d.sites = '{}' OR l.site = ANY (d.sites))
           GROUP BY l.agency_id, l.store_id)
        INSERT INTO store_impacts AS si (agency_id, store_id, seller_entity_id, site, restricted,
                                         freeze_until, case_deadline_at, expires_on, flagged)
        SELECT l.agency_id, l.store_id, l.seller_entity_id, l.site, x.restricted,
               CASE WHEN x.restricted THEN l.freeze_until END,
               x.case_deadline_at, x.expires_on,
               x.restricted OR x.case_deadline_at IS NOT NULL
          FROM live l
          LEFT JOIN verification_cases c
            ON c.agency_id = l.agency_id AND c.seller_entity_id = l.seller_entity_id
           AND c.passed_at IS NULL AND c.cancelled_at IS NULL
          LEFT JOIN licence
            ON licence.agency_id = l.agency_id AND licence.seller_entity_id = l.seller_entity_id
          LEFT JOIN card ON card.agency_id = l.agency_id AND card.seller_entity_id = l.seller_entity_id
          LEFT JOIN other ON other.agency_id = l.agency_id AND other.store_id = l.store_id
          -- A CLOSED store counts as a store and has no reason.
          CROSS JOIN LATERAL (
            SELECT l.status IN ('RESTRICTED', 'FROZEN', 'UNDER_REVIEW') AS restricted,
                   CASE WHEN l.status <> 'CLOSED' THEN c.deadline_at END AS case_deadline_at,
                   CASE WHEN l.status <> 'CLOSED'
                        THEN least(licence.expires_on, card.expires_on, other.expires_on) END AS expires_on
          ) x
        ON CONFLICT (agency_id, store_id) DO UPDATE
           SET seller_entity_id = excluded.seller_entity_id, site = excluded.site,
               restricted = excluded.restricted, freeze_until = excluded.freeze_until,
               case_deadline_at = excluded.case_deadline_at, expires_on = excluded.expires_on,
               flagged = excluded.flagged
         WHERE (si.seller_entity_id, si.site, si.restricted, si.freeze_until, si.case_deadline_at,
                si.expires_on, si.flagged)
               IS DISTINCT FROM
               (excluded.seller_entity_id, excluded.site, excluded.restricted, excluded.freeze_until,
                excluded.case_deadline_at, excluded.expires_on, excluded.flagged);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION veridesk_refresh_store_impacts_few(agency_ids uuid[], entity_ids uuid[])
      RETURNS void LANGUAGE plpgsql
      SET enable_seqscan = off
      SET enable_hashjoin = off
      SET enable_mergejoin = off
      AS $$${PER_ENTITY} $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION veridesk_refresh_store_impacts(agency_ids uuid[], entity_ids uuid[])
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(entity_ids) > ${BULK_ENTITIES} THEN
          PERFORM veridesk_refresh_store_impacts_bulk(agency_ids, entity_ids);
        ELSE
          PERFORM veridesk_refresh_store_impacts_few(agency_ids, entity_ids);
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION veridesk_refresh_store_impacts(agency_ids uuid[], entity_ids uuid[])
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
${ORIGINAL}
      END $$`);
    await queryRunner.query(`DROP FUNCTION veridesk_refresh_store_impacts_few(uuid[], uuid[])`);
    await queryRunner.query(`DROP FUNCTION veridesk_refresh_store_impacts_bulk(uuid[], uuid[])`);
  }
}
