import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two changes, both safe on a live database:
 * - representatives.phone_key_id: the phone was sealed under the active key, but which key was
 *   never recorded, so key rotation could not open it. Until now it was sealed in the same call as
 *   the ID number, so it carries the ID number's key id.
 * - FK_seller_entities_manager: removing a member who manages entities failed (NO ACTION); now
 *   their entities become unassigned. SET NULL names manager_id only: agency_id is NOT NULL and
 *   part of the key.
 */
export class PhoneKeyIdAndManagerSetNull1795951858447 implements MigrationInterface {
  name = 'PhoneKeyIdAndManagerSetNull1795951858447';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Give up rather than queue the app's queries behind a lock wait (the next boot retries).
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(`ALTER TABLE "representatives" ADD "phone_key_id" text`);
    await queryRunner.query(
      `UPDATE "representatives" SET "phone_key_id" = "id_number_key_id" WHERE "phone_ciphertext" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "seller_entities" DROP CONSTRAINT "FK_seller_entities_manager"`,
    );
    // Re-checking the rows is one index-backed scan of seller_entities; the table stays locked
    // until the migration commits. A column list for SET NULL needs PostgreSQL 15 or later.
    await queryRunner.query(
      `ALTER TABLE "seller_entities" ADD CONSTRAINT "FK_seller_entities_manager" FOREIGN KEY ("agency_id", "manager_id") REFERENCES "memberships"("agency_id","id") ON DELETE SET NULL ("manager_id") ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "seller_entities" DROP CONSTRAINT "FK_seller_entities_manager"`,
    );
    await queryRunner.query(
      `ALTER TABLE "seller_entities" ADD CONSTRAINT "FK_seller_entities_manager" FOREIGN KEY ("agency_id", "manager_id") REFERENCES "memberships"("agency_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "representatives" DROP COLUMN "phone_key_id"`);
  }
}
