import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Channel events (issue 13): one delivery per (event, channel) — the event's key is unique per
 * channel —, retries due at `next_attempt_at`, events merged into another delivery's message when a
 * platform's limit is reached, and per channel the recent sends (the limit's window), the lease of
 * the worker sending to it and the last day its digest was decided.
 */
export class ChannelEvents1796300000000 implements MigrationInterface {
  name = 'ChannelEvents1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel_deliveries" ADD "event_key" text`);
    await queryRunner.query(
      `ALTER TABLE "channel_deliveries" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "channel_deliveries" ADD "merged_into_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_channel_deliveries_event" ON "channel_deliveries" ("agency_id", "channel_id", "event_key") WHERE event_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_channel_deliveries_due" ON "channel_deliveries" ("agency_id", "channel_id", "next_attempt_at") WHERE status = 'PENDING' AND merged_into_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_channel_deliveries_agency_created" ON "channel_deliveries" ("agency_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channels" ADD "recent_sends" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_channels" ADD "dispatch_leased_until" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "notification_channels" ADD "digest_decided_on" date`);
    // The channel tick finds which agencies have an enabled channel before entering each: the
    // system role sees those two columns, nothing else of a channel (no target, no secret).
    await queryRunner.query(
      `CREATE POLICY system_lookup ON notification_channels FOR SELECT TO veridesk_system USING (true)`,
    );
    await queryRunner.query(
      `GRANT SELECT (agency_id, enabled) ON notification_channels TO veridesk_system`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE SELECT (agency_id, enabled) ON notification_channels FROM veridesk_system`,
    );
    await queryRunner.query(`DROP POLICY system_lookup ON notification_channels`);
    await queryRunner.query(`ALTER TABLE "notification_channels" DROP COLUMN "digest_decided_on"`);
    await queryRunner.query(
      `ALTER TABLE "notification_channels" DROP COLUMN "dispatch_leased_until"`,
    );
    await queryRunner.query(`ALTER TABLE "notification_channels" DROP COLUMN "recent_sends"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_channel_deliveries_agency_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_channel_deliveries_due"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_channel_deliveries_event"`);
    await queryRunner.query(`ALTER TABLE "channel_deliveries" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`ALTER TABLE "channel_deliveries" DROP COLUMN "next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "channel_deliveries" DROP COLUMN "event_key"`);
  }
}
