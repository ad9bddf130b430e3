import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['deliveries', 'reminder_ladders'];

export class Notifications1795944913535 implements MigrationInterface {
  name = 'Notifications1795944913535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "dedupe_key" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "to_email" text, "subject" text, "text_body" text, "html_body" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "leased_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_deliveries_agency_key" UNIQUE ("agency_id", "dedupe_key"), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_deliveries_status" ON "deliveries"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_deliveries_agency_user_created" ON "deliveries"  ("agency_id", "user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_ladders" ("agency_id" uuid NOT NULL, "document_type" text NOT NULL, "days" integer array NOT NULL, CONSTRAINT "PK_21e1844538083cfe95097384588" PRIMARY KEY ("agency_id", "document_type"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD "digest_enabled" boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD "digest_frequency" text NOT NULL DEFAULT 'DAILY'`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD "muted_alerts" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "FK_deliveries_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "FK_deliveries_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_ladders" ADD CONSTRAINT "FK_reminder_ladders_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`
                CREATE POLICY tenant_isolation ON ${table} TO veridesk_app
                USING (agency_id = veridesk_current_agency())
                WITH CHECK (agency_id = veridesk_current_agency())`);
    }
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO veridesk_app`,
    );
    // The delivery sweeper finds stuck rows across agencies before entering each agency.
    await queryRunner.query(
      `CREATE POLICY system_lookup ON deliveries FOR SELECT TO veridesk_system USING (true)`,
    );
    await queryRunner.query(`GRANT SELECT ON deliveries TO veridesk_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reminder_ladders" DROP CONSTRAINT "FK_reminder_ladders_agency"`,
    );
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_deliveries_agency"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_deliveries_user"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "muted_alerts"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "digest_frequency"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "digest_enabled"`);
    await queryRunner.query(`DROP TABLE "reminder_ladders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deliveries_agency_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deliveries_status"`);
    await queryRunner.query(`DROP TABLE "deliveries"`);
  }
}
