import { createHash } from 'node:crypto';
import pg from 'pg';

/** The most statements one connection keeps prepared; past it, statements run unnamed. */
export const PREPARED_PER_CONNECTION = 300;
/** Longer texts are one-off by shape (a bulk insert's): not worth a name. */
const LONGEST_PREPARED_TEXT = 20_000;
/**
 * The longest a connection back in the pool keeps its last user's read transaction open, its
 * ROLLBACK waiting to leave with the next user's first statement (endTransaction).
 */
export const HELD_ROLLBACK_MS = 20;

const names = new Map<string, string>();

/** The statement's name: a digest of its text, so one name never stands for two texts. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `vd_${createHash('sha1').update(text).digest('base64url')}`;
    // Texts come from code, so they are few; the bound only guards against a shape that varies.
    if (names.size < 5_000) names.set(text, name);
  }
  return name;
}

// pg types query() as a set of overloads; this one accepts them all and passes them on.
type Query = (...args: any[]) => any;

const send: Query = pg.Client.prototype.query;

/**
 * A pg client that prepares each parameterised statement once per connection, by a name derived
 * from its text, and then only binds and executes it: PostgreSQL parses, analyses and (after its
 * first few custom plans) plans the text once per connection instead of once per request, which
 * was about a third of its CPU on the dashboard's reads. The pool makes it its client
 * (`extra.Client`), so TypeORM's queries and raw SQL alike go through it. A statement sent with
 * a list of parameters is named, an empty list included (a list or count without filters);
 * texts sent without one (START TRANSACTION …, COMMIT) and long texts stay unnamed, and a
 * connection stops naming new texts after PREPARED_PER_CONNECTION. PostgreSQL re-plans a
 * prepared statement by itself when a table it reads changes, and under row-level security
 * whenever the role differs. The client also writes what one tick sends at once
 * (coalesceWrites), and ends a read transaction with the next statement rather than alone
 * (endTransaction).
 */
export class PreparingClient extends pg.Client {
  /** The names this connection has prepared (pg itself skips a Parse it has already sent). */
  readonly #named = new Set<string>();
  /** Whether this tick's messages are being held for one write (coalesceWrites). */
  #holding = false;
  /** A ROLLBACK waiting for the next statement, sent alone when this fires (endTransaction). */
  #heldRollback: NodeJS.Timeout | null = null;

  override query: Query = (...args) => {
    this.#coalesceWrites();
    // Whatever the next user sends runs after the last user's transaction has ended.
    if (this.#heldRollback) this.#rollback();
    const [config, values, ...rest] = args;
    if (
      typeof config === 'string' &&
      Array.isArray(values) &&
      config.length <= LONGEST_PREPARED_TEXT &&
      // One statement (a text of several cannot be prepared). TypeORM sends its statements with a
      // list of parameters, empty for a page without filters.
      (values.length > 0 || !config.includes(';'))
    ) {
      const name = statementName(config);
      if (this.#named.has(name) || this.#named.size < PREPARED_PER_CONNECTION) {
        this.#named.add(name);
        return send.call(this, { name, text: config, values }, ...rest);
      }
    }
    return send.apply(this, args);
  };

  /**
   * Ends the open transaction without a write of its own: its ROLLBACK leaves in front of the next
   * statement anyone sends on this connection — under load the next request's START, a few
   * milliseconds later, as the pool hands out the connection it got back last — or alone after
   * HELD_ROLLBACK_MS. Each write wakes the PostgreSQL backend, and where the API and PostgreSQL
   * share cores the API's thread gives its core to the backend it woke; a ROLLBACK sent on its
   * own was one such write in every second request under bench:load. Nothing can run in the held
   * transaction: every statement this connection sends goes through `query`, which sends the
   * ROLLBACK first. For a transaction only reads ran in (request-transaction.ts): the answer is not
   * waited for, so a failure (a broken connection, which the pool discards) is ignored.
   */
  endTransaction(): void {
    if (this.#heldRollback) return;
    // Not kept alive for it: a connection closed meanwhile has ended the transaction (and its
    // query() then fails, which is ignored).
    this.#heldRollback = setTimeout(() => this.#rollback(), HELD_ROLLBACK_MS).unref();
  }

  #rollback(): void {
    clearTimeout(this.#heldRollback as NodeJS.Timeout);
    this.#heldRollback = null;
    this.query('ROLLBACK').catch(() => undefined);
  }

  /**
   * Holds the messages of the statements sent in this tick in the socket's buffer and writes them
   * at once on the next: the reads one level of a query sends together (pipelined, see
   * request-transaction.ts) then cost one write and one wake-up of the PostgreSQL backend instead
   * of one each — under load each write is where the API's thread gives its core to the backend it
   * woke. pg corks around each statement's own messages; this cork is outermost, so nothing
   * leaves before it is released, and only by a tick.
   */
  #coalesceWrites(): void {
    const stream = this.connection?.stream;
    if (this.#holding || !stream?.writable) return;
    this.#holding = true;
    stream.cork();
    process.nextTick(() => {
      this.#holding = false;
      stream.uncork();
    });
  }
}
