import { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { HELD_ROLLBACK_MS } from '../../../src/engine/database/prepared-statements';
import { RequestTransaction } from '../../../src/engine/database/request-transaction';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

// One pooled connection: a query holds it for its read transaction from its first read to its
// response, so anything else a query needs must not wait for that pool.
let api: TestApi;
let agency: SignedUpAgency;

beforeAll(async () => {
  api = await startTestApi({ DATABASE_POOL_SIZE: '1' });
  agency = await signUpAgency(api);
}, 60_000);
afterAll(() => api.close());

const CREATE_ENTITY = /* GraphQL */ `
  mutation ($input: CreateSellerEntityInput!) {
    createSellerEntity(input: $input) {
      id
    }
  }
`;

const VIEWER = /* GraphQL */ `
  query {
    me {
      role
      agency {
        id
      }
      agencies {
        id
      }
    }
    portfolioSummary {
      sellerEntities
    }
  }
`;

describe('a query on a pool of one connection', () => {
  it('answers 12 concurrent callers whose queries also need a system lookup (their agencies)', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => api.gql(VIEWER, {}, { as: agency.token })),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.me.agencies).toEqual([{ id: agency.agencyId }]);
      expect(result.data!.portfolioSummary.sellerEntities).toBe(0);
    }
  }, 30_000);

  it('still writes: a mutation commits in its own transaction, and the next query reads it', async () => {
    const created = await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '深圳市一号贸易有限公司',
          registeredRepresentativeName: '王伟',
          uscc: makeUscc(Date.now() % 1_000_000_000),
        },
      },
      { as: agency.token },
    );
    expect(created.errors).toBeUndefined();
    const read = await api.gql(VIEWER, {}, { as: agency.token });
    expect(read.data!.portfolioSummary.sellerEntities).toBe(1);
  });
});

/** What this process writes to any socket from now on, as text (the SQL of pg's messages shows). */
function socketWrites() {
  const written: string[] = [];
  const single = jest.spyOn(Socket.prototype, '_write' as never).mockImplementation(function (
    this: Socket,
    ...args: unknown[]
  ) {
    written.push(Buffer.from(args[0] as Buffer).toString('latin1'));
    return original.write.apply(this, args);
  } as never);
  const gathered = jest.spyOn(Socket.prototype, '_writev' as never).mockImplementation(function (
    this: Socket,
    ...args: unknown[]
  ) {
    const chunks = args[0] as Array<{ chunk: Buffer | string }>;
    written.push(chunks.map(({ chunk }) => Buffer.from(chunk).toString('latin1')).join(''));
    return original.writev.apply(this, args);
  } as never);
  return {
    /** The writes that carry every one of `texts`. */
    containing: (...texts: string[]) =>
      written.filter((write) => texts.every((text) => write.includes(text))),
    stop() {
      single.mockRestore();
      gathered.mockRestore();
    },
  };
}
const original = {
  write: (Socket.prototype as any)._write as (...args: unknown[]) => unknown,
  writev: (Socket.prototype as any)._writev as (...args: unknown[]) => unknown,
};

describe("a query's reads pipelined on its one connection", () => {
  let other: SignedUpAgency;
  beforeAll(async () => {
    other = await signUpAgency(api);
    const created = await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '深圳市二号贸易有限公司',
          registeredRepresentativeName: '李娜',
          uscc: makeUscc((Date.now() + 7) % 1_000_000_000),
        },
      },
      { as: other.token },
    );
    expect(created.errors).toBeUndefined();
  });

  const ENTITIES = `SELECT legal_name FROM seller_entities ORDER BY legal_name`;
  const WHERE_AM_I = `SELECT current_user AS role, current_setting('app.agency_id') AS agency,
                             pg_backend_pid() AS pid, pg_current_snapshot()::text AS snapshot`;

  it('answers reads sent at once, each in order, all in the agency and one snapshot — sent in one write with the START', async () => {
    const writes = socketWrites();
    const transaction = new RequestTransaction(api.app.get(DataSource), other.agencyId);
    try {
      const manager = await transaction.manager();
      const answers = await Promise.all([
        manager.query(WHERE_AM_I),
        manager.query(ENTITIES),
        manager.query(WHERE_AM_I),
        manager.query(`SELECT $1::int AS n`, [3]),
        manager.query(ENTITIES),
      ]);
      expect(answers[1]).toEqual([{ legal_name: '深圳市二号贸易有限公司' }]);
      expect(answers[4]).toEqual(answers[1]);
      expect(answers[3]).toEqual([{ n: 3 }]);
      expect(answers[0][0]).toMatchObject({ role: 'veridesk_app', agency: other.agencyId });
      expect(answers[2]).toEqual(answers[0]);
      // The transaction's opening and its five statements left in one write: one wake-up of the
      // backend, not six (and no round trip waited for before the reads).
      const ours = writes.containing('START TRANSACTION', 'pg_current_snapshot', 'seller_entities');
      expect(ours).toHaveLength(1);
      expect(ours[0].split('pg_current_snapshot')).toHaveLength(3);
      expect(ours[0].split('FROM seller_entities')).toHaveLength(3);
    } finally {
      writes.stop();
      await transaction.close();
    }
  });

  it("sends its ROLLBACK in front of the next user's START, in one write", async () => {
    const first = new RequestTransaction(api.app.get(DataSource), other.agencyId);
    await (await first.manager()).query(WHERE_AM_I);
    const writes = socketWrites();
    // Ended, and the only connection taken by the next agency in the same turn (as under load).
    const next = new RequestTransaction(api.app.get(DataSource), agency.agencyId);
    const [, manager] = await Promise.all([first.close(), next.manager()]);
    try {
      const [where] = await manager.query(WHERE_AM_I);
      expect(where).toMatchObject({ role: 'veridesk_app', agency: agency.agencyId });
      const [write] = writes.containing('ROLLBACK');
      expect(write).toMatch(/ROLLBACK[^]*START TRANSACTION[^]*pg_current_snapshot/);
      expect(writes.containing('START TRANSACTION')).toEqual([write]);
    } finally {
      writes.stop();
      await next.close();
    }
  });

  it('reads nothing when its opening fails: on a connection left in an aborted transaction, every read behind the START fails', async () => {
    const dataSource = api.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    const client = await runner.connect();
    await client.query('BEGIN');
    await client.query('SELECT 1 / 0').catch(() => undefined);
    await runner.release(); // the only connection, back in the pool in an aborted transaction
    const transaction = new RequestTransaction(dataSource, other.agencyId);
    const manager = await transaction.manager();
    const [where, entities] = await Promise.allSettled([
      manager.query(WHERE_AM_I),
      manager.query(ENTITIES),
    ]);
    for (const read of [where, entities])
      expect(read).toMatchObject({
        status: 'rejected',
        reason: expect.objectContaining({
          message: expect.stringMatching(/transaction is aborted/),
        }),
      });
    await transaction.close();
    // The ROLLBACK cleaned the connection: the next agency reads its own rows.
    const next = new RequestTransaction(dataSource, agency.agencyId);
    try {
      expect(await (await next.manager()).query(ENTITIES)).toEqual([
        { legal_name: '深圳市一号贸易有限公司' },
      ]);
    } finally {
      await next.close();
    }
  });

  it("holds its ROLLBACK for the connection's next user, who comes a moment later: it leaves in front of their START, in one write", async () => {
    const first = new RequestTransaction(api.app.get(DataSource), other.agencyId);
    await (await first.manager()).query(WHERE_AM_I);
    const writes = socketWrites();
    await first.close();
    // Nobody waits for the connection now; the next request takes it in a later turn (under load,
    // a few milliseconds later).
    await new Promise((resolve) => setImmediate(resolve));
    const next = new RequestTransaction(api.app.get(DataSource), agency.agencyId);
    try {
      const [where] = await (await next.manager()).query(WHERE_AM_I);
      expect(where).toMatchObject({ role: 'veridesk_app', agency: agency.agencyId });
      const rollbacks = writes.containing('ROLLBACK');
      expect(rollbacks).toHaveLength(1);
      expect(rollbacks[0]).toMatch(/ROLLBACK[^]*START TRANSACTION[^]*pg_current_snapshot/);
    } finally {
      writes.stop();
      await next.close();
    }
  });

  it(`ends its transaction when nobody else takes the connection: it sits idle in a transaction at most ${HELD_ROLLBACK_MS} ms`, async () => {
    const transaction = new RequestTransaction(api.app.get(DataSource), other.agencyId);
    const [{ pid }] = await (await transaction.manager()).query(WHERE_AM_I);
    const stateOfBackend = () =>
      withAdminClient(async (client) => {
        const { rows } = await client.query(`SELECT state FROM pg_stat_activity WHERE pid = $1`, [
          pid,
        ]);
        return rows[0]?.state as string;
      });
    expect(await stateOfBackend()).toBe('idle in transaction');
    const writes = socketWrites();
    try {
      await transaction.close();
      await new Promise((resolve) => setTimeout(resolve, HELD_ROLLBACK_MS + 30));
      // Sent alone once the bound passed, not waiting for a next user.
      expect(writes.containing('ROLLBACK')).toEqual(['Q\0\0\0\rROLLBACK\0']);
    } finally {
      writes.stop();
    }
    // PostgreSQL has it by now; its answer may still be on its way to the backend's state.
    const deadline = Date.now() + 2_000;
    let state = await stateOfBackend();
    while (state !== 'idle' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      state = await stateOfBackend();
    }
    expect(state).toBe('idle');
  });

  it('returns its connection before the ROLLBACK is answered: the next agency reads after it, in a transaction of its own', async () => {
    const WHEN = `SELECT now()::text AS started, current_setting('app.agency_id') AS agency`;
    const first = new RequestTransaction(api.app.get(DataSource), other.agencyId);
    const [before] = await (await first.manager()).query(WHEN);
    await first.close();
    // The only connection, taken at once by the next agency (its ROLLBACK may still be in flight).
    const next = new RequestTransaction(api.app.get(DataSource), agency.agencyId);
    try {
      const manager = await next.manager();
      const [where, entities, when] = await Promise.all([
        manager.query(WHERE_AM_I),
        manager.query(ENTITIES),
        manager.query(WHEN),
      ]);
      expect(where[0]).toMatchObject({ role: 'veridesk_app', agency: agency.agencyId });
      expect(entities).toEqual([{ legal_name: '深圳市一号贸易有限公司' }]);
      expect(before.agency).toBe(other.agencyId);
      // A new transaction: its own start time, later than the first one's.
      expect(new Date(when[0].started).getTime()).toBeGreaterThan(
        new Date(before.started).getTime(),
      );
    } finally {
      await next.close();
    }
  });

  it('fails every read sent behind a failed one, and leaves the connection clean for the next agency', async () => {
    const failing = new RequestTransaction(api.app.get(DataSource), other.agencyId);
    const manager = await failing.manager();
    const [broken, behind] = await Promise.allSettled([
      manager.query(`SELECT 1 / $1::int AS n`, [0]),
      manager.query(ENTITIES),
    ]);
    expect(broken.status).toBe('rejected');
    expect(behind).toMatchObject({
      status: 'rejected',
      reason: expect.objectContaining({ message: expect.stringMatching(/transaction is aborted/) }),
    });
    await failing.close();

    // The same (only) connection, next for the first agency: its rows only, a new transaction.
    const next = new RequestTransaction(api.app.get(DataSource), agency.agencyId);
    try {
      const nextManager = await next.manager();
      const [where, entities] = await Promise.all([
        nextManager.query(WHERE_AM_I),
        nextManager.query(ENTITIES),
      ]);
      expect(where[0]).toMatchObject({ role: 'veridesk_app', agency: agency.agencyId });
      expect(entities).toEqual([{ legal_name: '深圳市一号贸易有限公司' }]);
    } finally {
      await next.close();
    }
  });
});
