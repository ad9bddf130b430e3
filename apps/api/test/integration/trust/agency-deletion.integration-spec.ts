// RULES.md, "Trust" — deletion: deleteAgency(confirmName) by an OWNER removes every row of the
// agency in every table (as the catalog lists them), its files, queued jobs, sessions and API keys,
// and the logins that belong to no other agency; other agencies are untouched (their fingerprints);
// the agency's tokens stop working at once.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { QueueName } from '../../../src/engine/queue/queues';
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { ACCEPT, addMember, CREATE_API_KEY, INVITE, signUpAgency } from '../../support/fixtures';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';
import { openFingerprints, tenantTables } from '../../support/tenant-tables';

const DELETE = /* GraphQL */ `
  mutation Delete($confirmName: String!) {
    deleteAgency(confirmName: $confirmName)
  }
`;
const ME = `{ me { role agency { id } } }`;
const A_NAME = '待删除服务商';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(RECORDS_NOW);
});
afterAll(async () => {
  await api?.close();
});

const admin = <T>(work: Parameters<typeof withAdminClient<T>>[0]) =>
  withAdminClient(work, process.env.TEST_DATABASE_URL);

/** Rows per tenant table (and agencies) the agency holds, as the admin sees them. */
async function rowsOf(agencyId: string): Promise<Record<string, number>> {
  return admin(async (client) => {
    const counts: Record<string, number> = {};
    for (const table of await tenantTables(client)) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE agency_id = $1`,
        [agencyId],
      );
      counts[table] = rows[0].n;
    }
    const agency = await client.query(`SELECT count(*)::int AS n FROM agencies WHERE id = $1`, [
      agencyId,
    ]);
    counts.agencies = agency.rows[0].n;
    return counts;
  });
}

async function usersExist(ids: string[]): Promise<string[]> {
  return admin(async (client) => {
    const { rows } = await client.query(`SELECT id FROM users WHERE id = ANY($1)`, [ids]);
    return rows.map((row) => row.id as string).sort();
  });
}

describe('deleting an agency', () => {
  let a: AgencyRecords;
  let b: AgencyRecords;
  let aOwner: Awaited<ReturnType<typeof signUpAgency>>;
  let shared: { userId: string };

  beforeAll(async () => {
    aOwner = await signUpAgency(api, A_NAME);
    a = await createAgencyRecords(api, aOwner, 'A-deleted');
    const bOwner = await signUpAgency(api, '留存服务商');
    b = await createAgencyRecords(api, bOwner, 'B-kept');
    // B's OWNER is a MANAGER of A too: their login outlives A.
    const invited = ok(
      await api.gql(
        INVITE,
        { input: { email: b.ownerEmail, name: '李娜', role: 'MANAGER' } },
        { as: a.ownerToken },
      ),
      'inviteMember',
    );
    const accepted = ok(
      await api.gql(ACCEPT, {
        input: {
          token: new URL(invited.acceptUrl).searchParams.get('token'),
          name: '李娜',
          password: b.ownerPassword,
        },
      }),
      'acceptInvitation',
    );
    shared = { userId: accepted.viewer.user.id };
  });

  it('refuses a wrong name and any role but OWNER, and deletes nothing', async () => {
    const before = await rowsOf(a.agencyId);
    const wrong = await api.gql(DELETE, { confirmName: `${A_NAME} ` + 'x' }, { as: a.ownerToken });
    expect(wrong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.fieldErrors![0]).toMatchObject({
      field: 'confirmName',
      code: 'MISMATCH',
    });
    const adminMember = await addMember(api, a.ownerToken, 'ADMIN');
    const byAdmin = await api.gql(DELETE, { confirmName: A_NAME }, { as: adminMember.token });
    expect(byAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const after = await rowsOf(a.agencyId);
    // The ADMIN just added is the only change.
    expect({ ...after, memberships: 0, sessions: 0, invitations: 0, audit_events: 0 }).toEqual({
      ...before,
      memberships: 0,
      sessions: 0,
      invitations: 0,
      audit_events: 0,
    });
  });

  it('removes every row, file, job, session and key of the agency, and nothing of another', async () => {
    const fingerprints = await openFingerprints(1);
    const bBefore = await fingerprints.of(b.agencyId);
    const held = await rowsOf(a.agencyId);
    // The records fill most tables: the test would prove little on empty ones.
    expect(Object.values(held).filter((n) => n > 0).length).toBeGreaterThan(15);
    const filesDir = api.config.FILES_DIR;
    expect(existsSync(join(filesDir, a.agencyId))).toBe(true);
    expect(existsSync(join(filesDir, b.agencyId))).toBe(true);

    const notifications = api.app.get<Queue>(getQueueToken(QueueName.Notifications));
    const jobA = await notifications.add(
      'send',
      { agencyId: a.agencyId, deliveryId: a.channelDeliveryId },
      { delay: 3_600_000 },
    );
    const jobB = await notifications.add(
      'send',
      { agencyId: b.agencyId, deliveryId: b.channelDeliveryId },
      { delay: 3_600_000 },
    );
    const apiKey = ok(
      await api.gql(
        CREATE_API_KEY,
        { input: { name: 'ERP', role: 'VIEWER' } },
        { as: a.ownerToken },
      ),
      'createApiKey',
    ).secret as string;
    // Both credentials are in use (and remembered by the credential cache).
    expect(ok(await api.gql(ME, {}, { as: a.ownerToken }), 'me').role).toBe('OWNER');
    expect(ok(await api.gql(ME, {}, { as: apiKey }), 'me').role).toBe('VIEWER');
    const members = await admin(async (client) =>
      (
        await client.query(`SELECT user_id FROM memberships WHERE agency_id = $1`, [a.agencyId])
      ).rows.map((row) => row.user_id as string),
    );

    const deleted = await api.gql(DELETE, { confirmName: ` ${A_NAME} ` }, { as: a.ownerToken });
    expect(deleted.data).toEqual({ deleteAgency: true });

    // Every table the catalog lists, and the agency's row: empty for A.
    const left = await rowsOf(a.agencyId);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    expect(Object.keys(left).length).toBe(Object.keys(held).length);
    // Its logins went, but the one that belongs to B too.
    expect(await usersExist(members)).toEqual([shared.userId]);
    // Its files, not B's.
    expect(existsSync(join(filesDir, a.agencyId))).toBe(false);
    expect(existsSync(join(filesDir, b.agencyId))).toBe(true);
    // Its queued jobs, not B's.
    expect(await notifications.getJob(jobA.id)).toBeNull();
    expect(await notifications.getJob(jobB.id)).not.toBeNull();
    await jobB.remove();
    // Its tokens and keys stop at once.
    expect((await api.gql(ME, {}, { as: a.ownerToken })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await api.gql(ME, {}, { as: apiKey })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const login = await api.gql(
      `mutation L($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { email: a.ownerEmail, password: a.ownerPassword } },
    );
    expect(login.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // B is untouched, row for row; the shared login still signs in to B.
    expect(await fingerprints.of(b.agencyId)).toEqual(bBefore);
    await fingerprints.close();
    const bLogin = await api.gql(
      `mutation L($input: LoginInput!) { login(input: $input) { token viewer { agency { id } } } }`,
      { input: { email: b.ownerEmail, password: b.ownerPassword } },
    );
    expect(bLogin.data!.login.viewer.agency.id).toBe(b.agencyId);
  });
});
