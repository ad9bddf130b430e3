import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * affectedStores ranks every flagged store (restricted, or with an open case) at the request's
 * "now": at 5,000 entities that was a scan of all 19,000 store_impacts rows to find the 3,900
 * flagged ones (8 ms of the first page's 10). A partial index holding what the ranking reads makes
 * it an index-only scan of the flagged rows, and counts them the same way.
 */
export class StoreImpactsFlaggedRank1795964699617 implements MigrationInterface {
  name = 'StoreImpactsFlaggedRank1795964699617';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_store_impacts_agency_flagged_rank" ON "store_impacts"  ("agency_id", "store_id", "restricted", "case_deadline_at", "freeze_until", "expires_on") WHERE flagged`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_store_impacts_agency_flagged_rank"`);
  }
}
