import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { enterAgencySql } from './database-roles';

/**
 * One read-only transaction that every read of a GraphQL query joins — its resolvers and its
 * DataLoader batches alike — opened by the first read, ended when the response is ready
 * (ReadTransactionPlugin). A page of 50 entities with their stores, representatives, documents and
 * cases then costs one BEGIN … ROLLBACK instead of one per batch, and reads one snapshot.
 * Statements on the one connection run one after another, in the order they are sent (queued here:
 * pg deprecates sending a query while another is running).
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
   * Ends the transaction (if a read opened one) and returns its connection to the pool. Never
   * throws: nothing was written, and a connection that broke is dropped by the pool.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#opening?.catch(() => undefined);
    const runner = this.#runner;
    if (!runner || runner.isReleased) return;
    try {
      await runner.query('ROLLBACK');
    } catch {
      // The pool discards a connection whose socket failed; there is nothing to undo.
    } finally {
      await runner.release();
    }
  }

  async #open(): Promise<EntityManager> {
    const runner = this.#dataSource.createQueryRunner();
    this.#runner = runner;
    const send = runner.query.bind(runner);
    let previous: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      const sent = previous.then(() => send(...args));
      previous = sent.catch(() => undefined);
      return sent;
    }) as QueryRunner['query'];
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
