import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['document_requests', 'document_request_files'];
const AGENCY = '(SELECT veridesk_current_agency())';

/**
 * Document requests (issue 14): a link asking the seller for a renewed document, and the scans
 * uploaded through it. Tenant tables with the agency-once policy. A guest's token is looked up
 * before the agency is known: the system role sees the few columns that lookup needs, nothing else.
 */
export class DocumentRequests1796410000000 implements MigrationInterface {
  name = 'DocumentRequests1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "seller_entity_id" uuid NOT NULL, "representative_id" uuid, "type" text NOT NULL, "message" text, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_number" text, "submitted_issued_on" date, "submitted_expires_on" date, "submitted_long_term" boolean, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" text, "accepted" boolean, "review_note" text, "document_id" uuid, CONSTRAINT "UQ_document_requests_token_hash" UNIQUE ("token_hash"), CONSTRAINT "UQ_document_requests_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_43076ee267e48f196b68ce008e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_requests_agency_entity" ON "document_requests"  ("agency_id", "seller_entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_requests_agency_created" ON "document_requests"  ("agency_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_request_files" ("request_id" uuid NOT NULL, "file_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3703d447b615624ef01e307d669" PRIMARY KEY ("request_id", "file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_request_files_agency_file" ON "document_request_files"  ("agency_id", "file_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" ADD CONSTRAINT "FK_document_requests_document" FOREIGN KEY ("agency_id", "document_id") REFERENCES "documents"("agency_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" ADD CONSTRAINT "FK_document_requests_representative" FOREIGN KEY ("agency_id", "representative_id") REFERENCES "representatives"("agency_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" ADD CONSTRAINT "FK_document_requests_seller_entity" FOREIGN KEY ("agency_id", "seller_entity_id") REFERENCES "seller_entities"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" ADD CONSTRAINT "FK_document_requests_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_request_files" ADD CONSTRAINT "FK_document_request_files_file" FOREIGN KEY ("agency_id", "file_id") REFERENCES "stored_files"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_request_files" ADD CONSTRAINT "FK_document_request_files_request" FOREIGN KEY ("agency_id", "request_id") REFERENCES "document_requests"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_request_files" ADD CONSTRAINT "FK_document_request_files_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
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
    await queryRunner.query(
      `CREATE POLICY system_lookup ON document_requests FOR SELECT TO veridesk_system USING (true)`,
    );
    await queryRunner.query(
      `GRANT SELECT (id, agency_id, token_hash, expires_at, revoked_at, submitted_at) ON document_requests TO veridesk_system`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE SELECT (id, agency_id, token_hash, expires_at, revoked_at, submitted_at) ON document_requests FROM veridesk_system`,
    );
    await queryRunner.query(`DROP POLICY system_lookup ON document_requests`);
    await queryRunner.query(
      `ALTER TABLE "document_request_files" DROP CONSTRAINT "FK_document_request_files_agency"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_request_files" DROP CONSTRAINT "FK_document_request_files_request"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_request_files" DROP CONSTRAINT "FK_document_request_files_file"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" DROP CONSTRAINT "FK_document_requests_agency"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" DROP CONSTRAINT "FK_document_requests_seller_entity"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" DROP CONSTRAINT "FK_document_requests_representative"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_requests" DROP CONSTRAINT "FK_document_requests_document"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_document_request_files_agency_file"`);
    await queryRunner.query(`DROP TABLE "document_request_files"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_document_requests_agency_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_document_requests_agency_entity"`);
    await queryRunner.query(`DROP TABLE "document_requests"`);
  }
}
