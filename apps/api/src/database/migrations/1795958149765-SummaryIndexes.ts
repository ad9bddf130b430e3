import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * portfolioSummary at 5,000 entities spent most of its time reading every store_impacts row
 * (grouped by site) and every seller_entities row (counting live ones), with the row-level
 * security predicate evaluated per row. Both become index-only scans.
 */
export class SummaryIndexes1795958149765 implements MigrationInterface {
  name = 'SummaryIndexes1795958149765';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_seller_entities_agency_live" ON "seller_entities"  ("agency_id") WHERE archived_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_store_impacts_agency_site" ON "store_impacts"  ("agency_id", "site", "flagged", "restricted", "expires_on") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_store_impacts_agency_site"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_seller_entities_agency_live"`);
  }
}
