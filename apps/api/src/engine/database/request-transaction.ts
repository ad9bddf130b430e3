import type pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { enterAgencySql } from './database-roles';

/**
 * One read-only transaction that every read of a GraphQL query joins — its resolvers and its
 * DataLoader batches alike — opened by the first read, ended when the response is ready
 * (ReadTransactionPlugin). A page of 50 entities with their stores, representatives, documents and
 * cases then costs one BEGIN … ROLLBACK instead of one per batch, and reads one snapshot.
 * The pool's connections pipeline (data-source-options.ts): the batches one level of the query asks
 * for at once (a page's stores, documents and cases) go out together and PostgreSQL answers them in
 * order, one round trip instead of one each. Only the opening statement is awaited before anything
 * else is sent, so no read can run before the transaction is in the app role and the agency.
 */
export class RequestTransaction {
  readonly #dataSource: DataSource;
  readonly #agencyId: string;
  #runner: QueryRunner | null = null;
  #opening: Promise<EntityManager> | null = null;
  #closed = false;

  constructor(dataSource: DataSource, agencyId: string) {
    this.#dataSource = dataSource;
    this.#agencyId = agencyId;
  }

  manager(): Promise<EntityManager> {
    if (this.#closed) return Promise.reject(new Error('The request transaction has ended'));
    this.#opening ??= this.#open();
    return this.#opening;
  }

  /**
   * Ends the transaction (if a read opened one) and returns its connection to the pool at once:
   * the ROLLBACK is sent, not waited for. The connection pipelines, so whatever its next user
   * sends (a START … of its own agency first) is answered after the ROLLBACK, in a transaction of
   * its own — and the response, and the next request waiting for a connection, need not wait a
   * round trip for it. Never throws: nothing was written, and a connection that broke is dropped
   * by the pool.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#opening?.catch(() => undefined);
    const runner = this.#runner;
    if (!runner || runner.isReleased) return;
    try {
      const connection: pg.PoolClient = await runner.connect();
      // Past TypeORM (whose query() would wait for the answer), so logged as its statements are.
      this.#dataSource.logger.logQuery('ROLLBACK', undefined, runner);
      connection.query('ROLLBACK').catch(() => {
        // The pool discards a connection whose socket failed; there is nothing to undo.
      });
    } finally {
      await runner.release();
    }
  }

  async #open(): Promise<EntityManager> {
    const runner = this.#dataSource.createQueryRunner();
    this.#runner = runner;
    try {
      // One round trip: both statements in one simple-protocol message.
      await runner.query(
        `START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; ${enterAgencySql(this.#agencyId)}`,
      );
      return runner.manager;
    } catch (error) {
      this.#runner = null;
      await runner.release();
      throw error;
    }
  }
}
