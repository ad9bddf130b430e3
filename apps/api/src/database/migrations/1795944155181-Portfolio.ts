import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'seller_entities',
  'representatives',
  'stores',
  'stored_files',
  'documents',
  'verification_cases',
  'attempts',
];

export class Portfolio1795944155181 implements MigrationInterface {
  name = 'Portfolio1795944155181';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_stored_files_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "seller_entities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "legal_name" text NOT NULL, "english_name" text, "uscc" text NOT NULL, "registered_representative_name" text NOT NULL, "business_scope" text array NOT NULL DEFAULT '{}', "violations_last90_days" integer NOT NULL DEFAULT '0', "needs_chinese_support" boolean NOT NULL DEFAULT false, "chinese_support_requested" boolean NOT NULL DEFAULT false, "manager_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_seller_entities_agency_uscc" UNIQUE ("agency_id", "uscc"), CONSTRAINT "UQ_seller_entities_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_bfcae2e467b7a82cea1f97fd60e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_seller_entities_agency_manager" ON "seller_entities"  ("agency_id", "manager_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_seller_entities_agency_created" ON "seller_entities"  ("agency_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "representatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "seller_entity_id" uuid NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "id_type" text NOT NULL, "id_number_ciphertext" text NOT NULL, "id_number_key_id" text NOT NULL, "id_number_hash" text NOT NULL, "id_number_masked" text NOT NULL, "id_expires_on" date, "phone_ciphertext" text, "phone_masked" text, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_representatives_entity_id_hash" UNIQUE ("agency_id", "seller_entity_id", "id_number_hash"), CONSTRAINT "UQ_representatives_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_80e9af53802d5e0376d1ae8f68c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_representatives_agency_entity" ON "representatives"  ("agency_id", "seller_entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "seller_entity_id" uuid NOT NULL, "representative_id" uuid, "type" text NOT NULL, "number" text, "issued_on" date, "expires_on" date, "sites" text array NOT NULL DEFAULT '{}', "file_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_documents_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_agency_type_expires" ON "documents"  ("agency_id", "type", "expires_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_agency_expires" ON "documents"  ("agency_id", "expires_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_agency_entity" ON "documents"  ("agency_id", "seller_entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "seller_entity_id" uuid NOT NULL, "site" text NOT NULL, "shop_name" text NOT NULL, "lazada_seller_id" text NOT NULL, "categories" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'ACTIVE', "restricted_modules" text array NOT NULL DEFAULT '{}', "freeze_until" TIMESTAMP WITH TIME ZONE, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_stores_agency_site_seller" UNIQUE ("agency_id", "site", "lazada_seller_id"), CONSTRAINT "UQ_stores_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_7aa6e7d71fa7acdd7ca43d7c9cb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_stores_agency_status" ON "stores"  ("agency_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_stores_agency_entity" ON "stores"  ("agency_id", "seller_entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "verification_cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "seller_entity_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "site" text NOT NULL, "trigger" text NOT NULL, "notice_received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "appointment_starts_at" TIMESTAMP WITH TIME ZONE, "appointment_booked_at" TIMESTAMP WITH TIME ZONE, "checklist" jsonb NOT NULL DEFAULT '{}', "passed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_verification_cases_agency_id" UNIQUE ("agency_id", "id"), CONSTRAINT "PK_c081914286259260c2b6e9b40ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_verification_cases_one_open" ON "verification_cases"  ("agency_id", "seller_entity_id") WHERE passed_at IS NULL AND cancelled_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_verification_cases_agency_representative_created" ON "verification_cases"  ("agency_id", "representative_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_verification_cases_agency_entity_created" ON "verification_cases"  ("agency_id", "seller_entity_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_verification_cases_agency_deadline" ON "verification_cases"  ("agency_id", "deadline_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "case_id" uuid NOT NULL, "outcome" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "failure_reasons" text array NOT NULL DEFAULT '{}', "freeze_extension_hours" integer, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_295ca261e361fd2fd217754dcac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_attempts_agency_occurred" ON "attempts"  ("agency_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_attempts_agency_case_occurred" ON "attempts"  ("agency_id", "case_id", "occurred_at") `,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "seller_entity_id" uuid`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "previous_token_hash" text`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "previous_valid_until" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_agency_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_agency_subject_at"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ALTER COLUMN "at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_entity_at" ON "audit_events"  ("agency_id", "seller_entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_subject_at" ON "audit_events"  ("agency_id", "subject_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_at" ON "audit_events"  ("agency_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "UQ_memberships_agency_id" UNIQUE ("agency_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" ADD CONSTRAINT "FK_stored_files_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seller_entities" ADD CONSTRAINT "FK_seller_entities_manager" FOREIGN KEY ("agency_id", "manager_id") REFERENCES "memberships"("agency_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seller_entities" ADD CONSTRAINT "FK_seller_entities_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "representatives" ADD CONSTRAINT "FK_representatives_seller_entity" FOREIGN KEY ("agency_id", "seller_entity_id") REFERENCES "seller_entities"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_documents_file" FOREIGN KEY ("agency_id", "file_id") REFERENCES "stored_files"("agency_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_documents_representative" FOREIGN KEY ("agency_id", "representative_id") REFERENCES "representatives"("agency_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_documents_seller_entity" FOREIGN KEY ("agency_id", "seller_entity_id") REFERENCES "seller_entities"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stores" ADD CONSTRAINT "FK_stores_seller_entity" FOREIGN KEY ("agency_id", "seller_entity_id") REFERENCES "seller_entities"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_cases" ADD CONSTRAINT "FK_verification_cases_representative" FOREIGN KEY ("agency_id", "representative_id") REFERENCES "representatives"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_cases" ADD CONSTRAINT "FK_verification_cases_seller_entity" FOREIGN KEY ("agency_id", "seller_entity_id") REFERENCES "seller_entities"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempts" ADD CONSTRAINT "FK_attempts_case" FOREIGN KEY ("agency_id", "case_id") REFERENCES "verification_cases"("agency_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Search by Chinese or English name or USCC, with a trigram index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "IDX_seller_entities_search" ON "seller_entities" USING gin ((legal_name || ' ' || coalesce(english_name, '') || ' ' || uscc) gin_trgm_ops)`,
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_seller_entities_search"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "FK_attempts_case"`);
    await queryRunner.query(
      `ALTER TABLE "verification_cases" DROP CONSTRAINT "FK_verification_cases_seller_entity"`,
    );
    await queryRunner.query(
      `ALTER TABLE "verification_cases" DROP CONSTRAINT "FK_verification_cases_representative"`,
    );
    await queryRunner.query(`ALTER TABLE "stores" DROP CONSTRAINT "FK_stores_seller_entity"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_documents_seller_entity"`);
    await queryRunner.query(
      `ALTER TABLE "documents" DROP CONSTRAINT "FK_documents_representative"`,
    );
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_documents_file"`);
    await queryRunner.query(
      `ALTER TABLE "representatives" DROP CONSTRAINT "FK_representatives_seller_entity"`,
    );
    await queryRunner.query(
      `ALTER TABLE "seller_entities" DROP CONSTRAINT "FK_seller_entities_agency"`,
    );
    await queryRunner.query(
      `ALTER TABLE "seller_entities" DROP CONSTRAINT "FK_seller_entities_manager"`,
    );
    await queryRunner.query(`ALTER TABLE "stored_files" DROP CONSTRAINT "FK_stored_files_agency"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "UQ_memberships_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_agency_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_agency_subject_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_agency_entity_at"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ALTER COLUMN "at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_subject_at" ON "audit_events" USING btree ("agency_id", "at", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_at" ON "audit_events" USING btree ("agency_id", "at") `,
    );
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "previous_valid_until"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "previous_token_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "seller_entity_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attempts_agency_case_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attempts_agency_occurred"`);
    await queryRunner.query(`DROP TABLE "attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_verification_cases_agency_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_verification_cases_agency_entity_created"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_verification_cases_agency_representative_created"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_verification_cases_one_open"`);
    await queryRunner.query(`DROP TABLE "verification_cases"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_stores_agency_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_stores_agency_status"`);
    await queryRunner.query(`DROP TABLE "stores"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_documents_agency_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_documents_agency_expires"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_documents_agency_type_expires"`);
    await queryRunner.query(`DROP TABLE "documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_representatives_agency_entity"`);
    await queryRunner.query(`DROP TABLE "representatives"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_seller_entities_agency_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_seller_entities_agency_manager"`);
    await queryRunner.query(`DROP TABLE "seller_entities"`);
    await queryRunner.query(`DROP TABLE "stored_files"`);
  }
}
