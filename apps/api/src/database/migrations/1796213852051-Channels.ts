import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['notification_channels', 'channel_deliveries'];
const AGENCY = '(SELECT veridesk_current_agency())';

/**
 * Channels (issue 13): group robots and webhooks, and their deliveries. Tenant tables with the
 * agency-once policy; the channel's manager is nulled alone when the member goes (like an entity's).
 */

export class Channels1796213852051 implements MigrationInterface {
  name = 'Channels1796213852051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "url_ciphertext" text NOT NULL, "url_key_id" text NOT NULL, "secret_ciphertext" text, "secret_key_id" text, "target_hint" text NOT NULL, "events" text array NOT NULL DEFAULT '{}', "locale" text NOT NULL DEFAULT 'zh-CN', "manager_id" uuid, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "consecutive_failures" integer NOT NULL DEFAULT '0', "last_delivery_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_notification_channels_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_3bc0cb5b60e8659f5fc859b2af0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_channels_agency_manager" ON "notification_channels"  ("agency_id", "manager_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_channels_agency_created" ON "notification_channels"  ("agency_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "channel_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "event" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "response_status" integer, "last_error" text, "payload" text NOT NULL, "message" json NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_20873e67faeb472d7f3f3a317d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_channel_deliveries_agency_channel_created" ON "channel_deliveries"  ("agency_id", "channel_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channels" ADD CONSTRAINT "FK_notification_channels_manager" FOREIGN KEY ("agency_id", "manager_id") REFERENCES "memberships"("agency_id","id") ON DELETE SET NULL ("manager_id") ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channels" ADD CONSTRAINT "FK_notification_channels_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_deliveries" ADD CONSTRAINT "FK_channel_deliveries_channel" FOREIGN KEY ("agency_id", "channel_id") REFERENCES "notification_channels"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_deliveries" ADD CONSTRAINT "FK_channel_deliveries_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`
                CREATE POLICY tenant_isolation ON ${table} TO veridesk_app
                USING (agency_id = ${AGENCY})
                WITH CHECK (agency_id = ${AGENCY})`);
    }
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO veridesk_app`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "channel_deliveries" DROP CONSTRAINT "FK_channel_deliveries_agency"`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_deliveries" DROP CONSTRAINT "FK_channel_deliveries_channel"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channels" DROP CONSTRAINT "FK_notification_channels_agency"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channels" DROP CONSTRAINT "FK_notification_channels_manager"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_channel_deliveries_agency_channel_created"`);
    await queryRunner.query(`DROP TABLE "channel_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_channels_agency_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_channels_agency_manager"`);
    await queryRunner.query(`DROP TABLE "notification_channels"`);
  }
}
