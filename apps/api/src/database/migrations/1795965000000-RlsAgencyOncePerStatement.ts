import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY_ONCE = '(SELECT veridesk_current_agency())';
const AGENCY_PER_ROW = 'veridesk_current_agency()';

/**
 * Every tenant table's policy compared each row with veridesk_current_agency(), which PostgreSQL
 * evaluates per row wherever the agency is not an index condition: at 5,000 entities the per-site
 * counts of portfolioSummary spent 23 ms (of which ~15 on current_setting) scanning 19,000
 * store_impacts rows, the affected-stores count 12 ms. As a scalar subquery the agency is computed
 * once per statement (an InitPlan) and compared as a parameter; index conditions still use it.
 * The rule is unchanged: no agency set, no rows.
 */
export class RlsAgencyOncePerStatement1795965000000 implements MigrationInterface {
  name = 'RlsAgencyOncePerStatement1795965000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, AGENCY_ONCE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, AGENCY_PER_ROW);
  }

  private async rewrite(queryRunner: QueryRunner, agency: string): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    const policies: Array<{ tablename: string }> = await queryRunner.query(
      `SELECT tablename FROM pg_policies
        WHERE schemaname = 'public' AND policyname = 'tenant_isolation' ORDER BY tablename`,
    );
    for (const { tablename } of policies) {
      const column = tablename === 'agencies' ? 'id' : 'agency_id';
      await queryRunner.query(
        `ALTER POLICY tenant_isolation ON "${tablename}" USING (${column} = ${agency}) WITH CHECK (${column} = ${agency})`,
      );
    }
  }
}
