import type pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { enterAgencySql } from './database-roles';
import { PreparingClient } from './prepared-statements';

/**
 * One read-only transaction that every read of a GraphQL query joins — its resolvers and its
 * DataLoader batches alike — opened by the first read, ended when the response is ready
 * (ReadTransactionPlugin). A page of 50 entities with their stores, representatives, documents and
 * cases then costs one BEGIN … ROLLBACK instead of one per batch, and reads one snapshot.
 * The pool's connections pipeline (data-source-options.ts): the batches one level of the query asks
 * for at once (a page's stores, documents and cases) go out together and PostgreSQL answers them in
 * order, one round trip instead of one each. The opening statement is not waited for either: the
 * first reads go out in the same write (#open says why no read can run outside the agency).
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
   * the ROLLBACK is not waited for, and leaves in front of whatever the connection's next user
   * sends (a START … of its own agency first, in the same write) or alone within
   * HELD_ROLLBACK_MS (PreparingClient.endTransaction). The connection pipelines, so that next
   * user's statements are answered after the ROLLBACK, in a transaction of their own — and the
   * response, and the next request waiting for a connection, need not wait a round trip for it.
   * Never throws: nothing was written, and a connection that broke is dropped by the pool.
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
      if (connection instanceof PreparingClient) connection.endTransaction();
      else
        connection.query('ROLLBACK').catch(() => {
          // The pool discards a connection whose socket failed; there is nothing to undo.
        });
    } finally {
      await runner.release();
    }
  }

  /**
   * Takes a connection and opens the transaction in the agency, without waiting for PostgreSQL's
   * answer: the reads the query sends next follow in the same write and are answered after it. No
   * read can run outside the transaction, the app role or the agency — START … and set_config
   * travel as one simple-protocol message, so if set_config fails the transaction is aborted and
   * every read behind it fails ("current transaction is aborted"). The message cannot fail to
   * parse (fixed text; the agency id is checked to be a UUID before it is written in), and START
   * fails only on a connection that is broken or already in an aborted transaction, which fails
   * the reads behind it as well.
   */
  async #open(): Promise<EntityManager> {
    const enter = `START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; ${enterAgencySql(this.#agencyId)}`;
    const runner = this.#dataSource.createQueryRunner();
    this.#runner = runner;
    let connection: pg.PoolClient;
    try {
      connection = await runner.connect();
    } catch (error) {
      this.#runner = null;
      await runner.release();
      throw error;
    }
    this.#dataSource.logger.logQuery(enter, undefined, runner);
    connection.query(enter).catch((error: Error) => {
      // The reads behind it fail on their own (above); this says why.
      this.#dataSource.logger.logQueryError(error, enter, undefined, runner);
    });
    return runner.manager;
  }
}
