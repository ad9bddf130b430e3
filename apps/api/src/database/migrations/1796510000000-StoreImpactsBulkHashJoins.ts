import { MigrationInterface, QueryRunner } from 'typeorm';

const BULK = 'veridesk_refresh_store_impacts_bulk(uuid[], uuid[])';

/**
 * The bulk refresh (StoreImpactsBulkRefresh1795971000000) turned off nested loops, yet its plans
 * still hung on estimates that are always wrong: every join also matches agency_id, which is the
 * same in every row, and the planner reads `agency_id = <the agency>` as keeping 0.5 % of the
 * refreshed entities, so it expects a few stores where there are thousands. It then merge-joined
 * the stores with their other documents on agency_id alone and compared the store ids as a filter:
 * every store against every store. Re-dating 10,020 licences of entities that each hold another
 * document compared 50 million pairs, 3.9 s of the statement's 5.1 s (statistics fresh or not).
 * With merge joins off as well, every join of the refresh is a hash join on all its keys: time
 * linear in the rows whatever the estimates (the same refresh: 0.13 s).
 */
export class StoreImpactsBulkHashJoins1796510000000 implements MigrationInterface {
  name = 'StoreImpactsBulkHashJoins1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(`ALTER FUNCTION ${BULK} SET enable_mergejoin = off`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(`ALTER FUNCTION ${BULK} RESET enable_mergejoin`);
  }
}
