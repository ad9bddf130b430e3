import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['memberships', 'invitations', 'api_keys', 'sessions', 'audit_events'];
// What the read-only system role may see before an agency is known (sign-in, keys, invitations).
const SYSTEM_READABLE = ['agencies', 'users', 'memberships', 'invitations', 'api_keys', 'sessions'];

export class Foundation1764400000000 implements MigrationInterface {
  name = 'Foundation1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create them once, let the connecting user switch to them.
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veridesk_app') THEN
          CREATE ROLE veridesk_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veridesk_system') THEN
          CREATE ROLE veridesk_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
      END $$`);
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT pg_has_role(current_user, 'veridesk_app', 'MEMBER') THEN
          EXECUTE format('GRANT veridesk_app TO %I', current_user);
        END IF;
        IF NOT pg_has_role(current_user, 'veridesk_system', 'MEMBER') THEN
          EXECUTE format('GRANT veridesk_system TO %I', current_user);
        END IF;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION veridesk_current_agency() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.agency_id', true), '')::uuid $$`);

    await queryRunner.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        slug text NOT NULL,
        time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
        expiry_warning_days integer NOT NULL DEFAULT 30,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_agencies_slug" UNIQUE (slug)
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
        locale text NOT NULL DEFAULT 'zh-CN',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_users_email" UNIQUE (email)
      )`);
    await queryRunner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_memberships_role" CHECK (role IN ('OWNER', 'ADMIN', 'MANAGER', 'VIEWER')),
        CONSTRAINT "FK_memberships_agency" FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE,
        CONSTRAINT "FK_memberships_user" FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_memberships_agency_user" ON memberships (agency_id, user_id)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_memberships_user" ON memberships (user_id)`);
    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        token_hash text NOT NULL,
        invited_by_id uuid,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_invitations_token_hash" UNIQUE (token_hash),
        CONSTRAINT "CHK_invitations_role" CHECK (role IN ('OWNER', 'ADMIN', 'MANAGER', 'VIEWER')),
        CONSTRAINT "FK_invitations_agency" FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE,
        CONSTRAINT "FK_invitations_invited_by" FOREIGN KEY (invited_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_invitations_agency_email" ON invitations (agency_id, email)`,
    );
    await queryRunner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        name text NOT NULL,
        prefix text NOT NULL,
        secret_hash text NOT NULL,
        role text NOT NULL,
        created_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT "UQ_api_keys_prefix" UNIQUE (prefix),
        CONSTRAINT "CHK_api_keys_role" CHECK (role IN ('OWNER', 'ADMIN', 'MANAGER', 'VIEWER')),
        CONSTRAINT "FK_api_keys_agency" FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE,
        CONSTRAINT "FK_api_keys_created_by" FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_api_keys_agency_created" ON api_keys (agency_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_sessions_token_hash" UNIQUE (token_hash),
        CONSTRAINT "FK_sessions_agency" FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE,
        CONSTRAINT "FK_sessions_user" FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_sessions_agency_user" ON sessions (agency_id, user_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid,
        changes jsonb,
        CONSTRAINT "FK_audit_events_agency" FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_at" ON audit_events (agency_id, at)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_agency_subject_at" ON audit_events (agency_id, subject_id, at)`,
    );

    // Row-level security, forced so that even the tables' owner is subject to it.
    for (const table of [...TENANT_TABLES, 'agencies', 'users']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`
        CREATE POLICY tenant_isolation ON ${table} TO veridesk_app
        USING (agency_id = veridesk_current_agency())
        WITH CHECK (agency_id = veridesk_current_agency())`);
    }
    await queryRunner.query(`
      CREATE POLICY tenant_isolation ON agencies TO veridesk_app
      USING (id = veridesk_current_agency()) WITH CHECK (id = veridesk_current_agency())`);
    // A user row is visible to an agency only while the user is one of its members.
    await queryRunner.query(`
      CREATE POLICY members_only ON users FOR SELECT TO veridesk_app
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id))`);
    await queryRunner.query(`
      CREATE POLICY members_only_update ON users FOR UPDATE TO veridesk_app
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id))`);
    for (const table of SYSTEM_READABLE) {
      await queryRunner.query(
        `CREATE POLICY system_lookup ON ${table} FOR SELECT TO veridesk_system USING (true)`,
      );
    }
    await queryRunner.query(
      `CREATE POLICY system_create ON users FOR INSERT TO veridesk_system WITH CHECK (true)`,
    );

    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO veridesk_app, veridesk_system`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION veridesk_current_agency() TO veridesk_app`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO veridesk_app`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON agencies TO veridesk_app`);
    await queryRunner.query(
      `GRANT SELECT, UPDATE (name, time_zone, locale) ON users TO veridesk_app`,
    );
    await queryRunner.query(`GRANT SELECT ON ${SYSTEM_READABLE.join(', ')} TO veridesk_system`);
    await queryRunner.query(`GRANT INSERT ON users TO veridesk_system`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'sessions',
      'api_keys',
      'invitations',
      'memberships',
      'users',
      'agencies',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION veridesk_current_agency()`);
    // The roles stay: they are cluster-wide and other databases may use them.
  }
}
