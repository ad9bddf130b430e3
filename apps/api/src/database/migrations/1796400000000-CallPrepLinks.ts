import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY = '(SELECT veridesk_current_agency())';

/**
 * Call-prep links (issue 14): the legal representative's page for one case, opened by a secret
 * token of which only the SHA-256 is kept. A tenant table with the agency-once policy; at most one
 * live (unrevoked) link per case. A guest's token is looked up before the agency is known: the
 * system role sees the columns that lookup needs (hash, agency, id, expiry, revocation), nothing else.
 */
export class CallPrepLinks1796400000000 implements MigrationInterface {
  name = 'CallPrepLinks1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call_prep_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "case_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_opened_at" TIMESTAMP WITH TIME ZONE, "ready" boolean, "answer_note" text, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_call_prep_links_token_hash" UNIQUE ("token_hash"), CONSTRAINT "UQ_call_prep_links_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_7a2b044fd76f3b0d5efafa4d523" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_call_prep_links_one_live" ON "call_prep_links"  ("agency_id", "case_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_call_prep_links_agency_case_created" ON "call_prep_links"  ("agency_id", "case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_call_prep_links_agency_answered" ON "call_prep_links"  ("agency_id", "answered_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "call_prep_links" ADD CONSTRAINT "FK_call_prep_links_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_prep_links" ADD CONSTRAINT "FK_call_prep_links_case" FOREIGN KEY ("agency_id", "case_id") REFERENCES "verification_cases"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_prep_links" ADD CONSTRAINT "FK_call_prep_links_created_by" FOREIGN KEY ("agency_id", "created_by") REFERENCES "memberships"("agency_id","id") ON DELETE SET NULL ("created_by") ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE call_prep_links ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE call_prep_links FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
                CREATE POLICY tenant_isolation ON call_prep_links TO veridesk_app
                USING (agency_id = ${AGENCY})
                WITH CHECK (agency_id = ${AGENCY})`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON call_prep_links TO veridesk_app`,
    );
    await queryRunner.query(
      `CREATE POLICY system_lookup ON call_prep_links FOR SELECT TO veridesk_system USING (true)`,
    );
    await queryRunner.query(
      `GRANT SELECT (id, agency_id, token_hash, expires_at, revoked_at) ON call_prep_links TO veridesk_system`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE SELECT (id, agency_id, token_hash, expires_at, revoked_at) ON call_prep_links FROM veridesk_system`,
    );
    await queryRunner.query(`DROP POLICY system_lookup ON call_prep_links`);
    await queryRunner.query(`DROP TABLE "call_prep_links"`);
  }
}
