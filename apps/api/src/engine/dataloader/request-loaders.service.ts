import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import type { RequestContextStore } from '../tenancy/request-context';

type BatchLoad<K, V> = (keys: readonly K[]) => Promise<V[]>;

/** A request's loader of one name, and the values its batches have answered so far. */
type Registered =
  NonNullable<RequestContextStore['loaders']> extends Map<string, infer R> ? R : never;

/**
 * Per-request DataLoaders, created on first use and kept in the request's context, so a page of 50
 * entities asks for its stores in one query, not fifty. Outside a request each call batches alone.
 * What a batch answered can also be read at once (known): a field whose row a page loaded
 * beforehand then returns a value, not a promise — graphql-js completes a page of plain values in
 * one pass, where each promise costs it an asynchronous completion of its own.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

  load<K, V>(name: string, key: K, batch: BatchLoad<K, V>): Promise<V> {
    return (this.loader(name, batch) as DataLoader<K, V>).load(key);
  }

  /**
   * The value a batch of `name` has already answered for `key` in this request (null when it found
   * none), or undefined when no batch has answered it yet.
   */
  known<K, V>(name: string, key: K): V | undefined {
    return this.registry()?.get(name)?.values.get(key) as V | undefined;
  }

  /** Forgets cached values after a write in the same request. */
  clear(name: string): void {
    const registered = this.registry()?.get(name);
    registered?.loader.clearAll();
    registered?.values.clear();
  }

  private loader<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<unknown, unknown> {
    const registry = this.registry();
    if (!registry) return new DataLoader(batch as BatchLoad<unknown, unknown>, { cache: false });
    let registered = registry.get(name);
    if (!registered) {
      const values = new Map<unknown, unknown>();
      // A batch runs later than the load that started it: never inside that caller's transaction,
      // which may have ended by then (a query's batches join its request transaction instead).
      const isolated: BatchLoad<K, V> = async (keys) => {
        const answers = await this.cls.run({ ifNested: 'inherit' }, () => {
          this.cls.set('entityManager', undefined);
          return batch(keys);
        });
        keys.forEach((key, index) => {
          const answer = answers[index];
          if (answer !== undefined && !(answer instanceof Error)) values.set(key, answer);
        });
        return answers;
      };
      registered = { loader: new DataLoader(isolated as BatchLoad<unknown, unknown>), values };
      registry.set(name, registered);
    }
    return registered.loader;
  }

  private registry(): Map<string, Registered> | undefined {
    if (!this.cls.isActive()) return undefined;
    let registry = this.cls.get('loaders');
    if (!registry) {
      registry = new Map();
      this.cls.set('loaders', registry);
    }
    return registry;
  }
}

/** Groups rows by a key, in the order of the keys asked for (what a DataLoader batch must return). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): Array<R | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}
