import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose writes change a store's impact, the key naming the entity, the columns that matter. */
const SOURCES: Array<{ table: string; entity: string; columns: string; events: string[] }> = [
  {
    table: 'stores',
    entity: 'seller_entity_id',
    columns: 'status, freeze_until, site, seller_entity_id',
    // A deleted store's row goes with it (FK_store_impacts_store cascades).
    events: ['INSERT', 'UPDATE'],
  },
  {
    table: 'seller_entities',
    entity: 'id',
    columns: 'archived_at',
    // A new entity has no store yet; a deleted one takes its rows with it.
    events: ['UPDATE'],
  },
  {
    table: 'documents',
    entity: 'seller_entity_id',
    columns: 'type, expires_on, sites, created_at, seller_entity_id',
    events: ['INSERT', 'UPDATE', 'DELETE'],
  },
  {
    table: 'representatives',
    entity: 'seller_entity_id',
    columns: 'id_expires_on, seller_entity_id',
    events: ['INSERT', 'UPDATE', 'DELETE'],
  },
  {
    table: 'verification_cases',
    entity: 'seller_entity_id',
    columns: 'deadline_at, passed_at, cancelled_at, seller_entity_id',
    events: ['INSERT', 'UPDATE', 'DELETE'],
  },
];

const triggerName = (table: string, event: string) =>
  `store_impacts_after_${table}_${event.toLowerCase()}`;

/**
 * store_impacts: per store of a non-archived entity, what makes it urgent in absolute terms
 * (restricted + freeze end, open case deadline, earliest relevant expiry), so affectedStores and
 * portfolioSummary read an index instead of deriving every reason of the portfolio per request.
 *
 * Kept by statement-level triggers with transition tables rather than by the services: every
 * writer (GraphQL mutations, the import's multi-row inserts, key rotation, maintenance jobs, SQL
 * run by hand) goes through them, and each statement costs one set-based refresh of the entities
 * it touched. The functions are SECURITY INVOKER: they run as the writer (veridesk_app inside a
 * request), so row-level security confines the refresh to the writer's agency like any other
 * write; the app role may write store_impacts for that reason.
 */
export class StoreImpacts1795957368510 implements MigrationInterface {
  name = 'StoreImpacts1795957368510';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(
      `CREATE TABLE "store_impacts" ("agency_id" uuid NOT NULL, "store_id" uuid NOT NULL, "seller_entity_id" uuid NOT NULL, "site" text NOT NULL, "restricted" boolean NOT NULL, "freeze_until" TIMESTAMP WITH TIME ZONE, "case_deadline_at" TIMESTAMP WITH TIME ZONE, "expires_on" date, "flagged" boolean NOT NULL, CONSTRAINT "PK_f388bf6e3a15176a00f6f71a2ef" PRIMARY KEY ("agency_id", "store_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_store_impacts_agency_entity" ON "store_impacts"  ("agency_id", "seller_entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_store_impacts_agency_flagged_expires" ON "store_impacts"  ("agency_id", "flagged", "expires_on", "store_id") `,
    );
    // An ID card reason names its document: found per representative, not by scanning ID cards.
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_agency_representative_created" ON "documents"  ("agency_id", "representative_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "store_impacts" ADD CONSTRAINT "FK_store_impacts_seller_entity" FOREIGN KEY ("agency_id", "seller_entity_id") REFERENCES "seller_entities"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "store_impacts" ADD CONSTRAINT "FK_store_impacts_store" FOREIGN KEY ("agency_id", "store_id") REFERENCES "stores"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE store_impacts ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE store_impacts FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY tenant_isolation ON store_impacts TO veridesk_app
      USING (agency_id = veridesk_current_agency())
      WITH CHECK (agency_id = veridesk_current_agency())`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON store_impacts TO veridesk_app`,
    );

    // Recomputes the rows of the given entities' stores from the source tables, writing only rows
    // that change. The same rules as impactReasonsSql (impact.sql.ts), without now and horizon.
    await queryRunner.query(`
      CREATE FUNCTION veridesk_refresh_store_impacts(agency_ids uuid[], entity_ids uuid[])
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
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
                excluded.case_deadline_at, excluded.expires_on, excluded.flagged);
      END $$`);

    // One trigger function for every source: TG_ARGV[0] names the entity column, TG_ARGV[1] the
    // columns whose change matters on UPDATE (key rotation rewrites representatives and must not
    // refresh anything). The transition tables are called new_rows and old_rows.
    await queryRunner.query(`
      CREATE FUNCTION veridesk_store_impacts_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        entity text := quote_ident(TG_ARGV[0]);
        changed text;
        agency_ids uuid[];
        entity_ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          EXECUTE format('SELECT array_agg(agency_id), array_agg(%1$s)
                            FROM (SELECT DISTINCT agency_id, %1$s FROM new_rows) k', entity)
             INTO agency_ids, entity_ids;
        ELSIF TG_OP = 'DELETE' THEN
          EXECUTE format('SELECT array_agg(agency_id), array_agg(%1$s)
                            FROM (SELECT DISTINCT agency_id, %1$s FROM old_rows) k', entity)
             INTO agency_ids, entity_ids;
        ELSE
          SELECT format('(%s) IS DISTINCT FROM (%s)',
                        string_agg('n.' || quote_ident(trim(c)), ', '),
                        string_agg('o.' || quote_ident(trim(c)), ', '))
            INTO changed FROM unnest(string_to_array(TG_ARGV[1], ',')) AS c;
          EXECUTE format('SELECT array_agg(agency_id), array_agg(entity_id) FROM (
                            SELECT n.agency_id, n.%1$s AS entity_id
                              FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE %2$s
                            UNION
                            SELECT o.agency_id, o.%1$s
                              FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE %2$s) k',
                         entity, changed)
             INTO agency_ids, entity_ids;
        END IF;
        IF agency_ids IS NOT NULL THEN
          PERFORM veridesk_refresh_store_impacts(agency_ids, entity_ids);
        END IF;
        RETURN NULL;
      END $$`);

    for (const { table, entity, columns, events } of SOURCES) {
      for (const event of events) {
        const transition = {
          INSERT: 'NEW TABLE AS new_rows',
          UPDATE: 'NEW TABLE AS new_rows OLD TABLE AS old_rows',
          DELETE: 'OLD TABLE AS old_rows',
        }[event];
        await queryRunner.query(`
          CREATE TRIGGER ${triggerName(table, event)} AFTER ${event} ON ${table}
          REFERENCING ${transition} FOR EACH STATEMENT
          EXECUTE FUNCTION veridesk_store_impacts_trigger('${entity}', '${columns}')`);
      }
    }

    // Backfill: every store of every non-archived entity, all agencies at once (as the owner).
    await queryRunner.query(`
      SELECT veridesk_refresh_store_impacts(array_agg(agency_id), array_agg(id))
        FROM seller_entities WHERE archived_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, events } of SOURCES) {
      for (const event of events) {
        await queryRunner.query(`DROP TRIGGER ${triggerName(table, event)} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP FUNCTION veridesk_store_impacts_trigger()`);
    await queryRunner.query(`DROP FUNCTION veridesk_refresh_store_impacts(uuid[], uuid[])`);
    await queryRunner.query(`ALTER TABLE "store_impacts" DROP CONSTRAINT "FK_store_impacts_store"`);
    await queryRunner.query(
      `ALTER TABLE "store_impacts" DROP CONSTRAINT "FK_store_impacts_seller_entity"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_documents_agency_representative_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_store_impacts_agency_flagged_expires"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_store_impacts_agency_entity"`);
    await queryRunner.query(`DROP TABLE "store_impacts"`);
  }
}
