import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY = '(SELECT veridesk_current_agency())';

/**
 * Calendar feeds (issue 14): one live secret iCalendar URL per member. The token is found by its
 * SHA-256 (`token_hash`) and kept sealed (PersonalDataCipher) so the member can copy the URL again;
 * rotating revokes the row and creates another. The .ics request looks the hash up before any agency
 * is known: the system role sees only the columns that lookup needs.
 */
export class CalendarFeeds1796420000000 implements MigrationInterface {
  name = 'CalendarFeeds1796420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "token_hash" text NOT NULL, "token_ciphertext" text NOT NULL, "token_key_id" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_calendar_feeds_token_hash" UNIQUE ("token_hash"), CONSTRAINT "UQ_calendar_feeds_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_calendar_feeds" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_calendar_feeds_live_membership" ON "calendar_feeds" ("agency_id", "membership_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_calendar_feeds_membership" FOREIGN KEY ("agency_id", "membership_id") REFERENCES "memberships"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_calendar_feeds_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
                CREATE POLICY tenant_isolation ON calendar_feeds TO veridesk_app
                USING (agency_id = ${AGENCY})
                WITH CHECK (agency_id = ${AGENCY})`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_feeds TO veridesk_app`,
    );
    // The .ics request finds the feed by its token's hash before entering the feed's agency.
    await queryRunner.query(
      `CREATE POLICY system_lookup ON calendar_feeds FOR SELECT TO veridesk_system USING (true)`,
    );
    await queryRunner.query(
      `GRANT SELECT (id, agency_id, token_hash, revoked_at) ON calendar_feeds TO veridesk_system`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE SELECT (id, agency_id, token_hash, revoked_at) ON calendar_feeds FROM veridesk_system`,
    );
    await queryRunner.query(`DROP POLICY system_lookup ON calendar_feeds`);
    await queryRunner.query(`DROP POLICY tenant_isolation ON calendar_feeds`);
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_calendar_feeds_agency"`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_calendar_feeds_membership"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_calendar_feeds_live_membership"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
