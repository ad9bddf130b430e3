import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY = '(SELECT veridesk_current_agency())';
const TWO_FACTOR_COLUMNS = [
  'two_factor_ciphertext',
  'two_factor_key_id',
  'two_factor_enabled_at',
  'two_factor_pending_ciphertext',
  'two_factor_pending_key_id',
  'two_factor_last_step',
  'two_factor_recovery_hashes',
];

/**
 * Trust (issue 17): two-factor sign-in on the login (the TOTP secret sealed like ID numbers, the
 * pending one while it is being set up, the last accepted time step against replay, the recovery
 * codes' SHA-256), the agency's "two-factor for OWNER and ADMIN" setting, what a session's list
 * shows (device, address, last use), data exports, and what deleting an agency needs: DELETE on the
 * agency's own row, on every tenant table, and on the logins of its members (the service deletes only
 * those that belong to no other agency).
 */
export class Trust1796600000000 implements MigrationInterface {
  name = 'Trust1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users
      ADD COLUMN two_factor_ciphertext text, ADD COLUMN two_factor_key_id text,
      ADD COLUMN two_factor_enabled_at timestamptz,
      ADD COLUMN two_factor_pending_ciphertext text, ADD COLUMN two_factor_pending_key_id text,
      ADD COLUMN two_factor_last_step bigint,
      ADD COLUMN two_factor_recovery_hashes text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `GRANT UPDATE (${TWO_FACTOR_COLUMNS.join(', ')}) ON users TO veridesk_app`,
    );
    await queryRunner.query(
      `ALTER TABLE agencies ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE sessions
      ADD COLUMN user_agent text, ADD COLUMN ip_address text, ADD COLUMN last_used_at timestamptz`);

    await queryRunner.query(
      `CREATE TABLE "data_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "requested_by_id" uuid, "status" text NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "size_bytes" bigint, "storage_key" text, "error" text, CONSTRAINT "CHK_data_exports_status" CHECK (status IN ('PENDING', 'READY', 'FAILED')), CONSTRAINT "PK_data_exports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_data_exports_agency_created" ON "data_exports" ("agency_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" ADD CONSTRAINT "FK_data_exports_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" ADD CONSTRAINT "FK_data_exports_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE data_exports ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE data_exports FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
                CREATE POLICY tenant_isolation ON data_exports TO veridesk_app
                USING (agency_id = ${AGENCY})
                WITH CHECK (agency_id = ${AGENCY})`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON data_exports TO veridesk_app`);

    // Deleting an agency: its row (the policy limits it to the current agency), its members'
    // logins (the policy limits it to members of the current agency) and every tenant table.
    await queryRunner.query(`GRANT DELETE ON agencies TO veridesk_app`);
    await queryRunner.query(`GRANT DELETE ON users TO veridesk_app`);
    await queryRunner.query(`
      CREATE POLICY members_only_delete ON users FOR DELETE TO veridesk_app
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id))`);
    await queryRunner.query(`
      DO $$
      DECLARE t text;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
        LOOP
          EXECUTE format('GRANT DELETE ON %I TO veridesk_app', t);
        END LOOP;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY members_only_delete ON users`);
    await queryRunner.query(`REVOKE DELETE ON users FROM veridesk_app`);
    await queryRunner.query(`REVOKE DELETE ON agencies FROM veridesk_app`);
    await queryRunner.query(`DROP TABLE "data_exports"`);
    await queryRunner.query(`ALTER TABLE sessions
      DROP COLUMN user_agent, DROP COLUMN ip_address, DROP COLUMN last_used_at`);
    await queryRunner.query(`ALTER TABLE agencies DROP COLUMN require_two_factor`);
    await queryRunner.query(
      `ALTER TABLE users ${TWO_FACTOR_COLUMNS.map((c) => `DROP COLUMN ${c}`).join(', ')}`,
    );
  }
}
