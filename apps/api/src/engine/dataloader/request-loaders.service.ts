import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import type { RequestContextStore } from '../tenancy/request-context';

type BatchLoad<K, V> = (keys: readonly K[]) => Promise<V[]>;

/**
 * Per-request DataLoaders, created on first use and kept in the request's context, so a page of 50
 * entities asks for its stores in one query, not fifty. Outside a request each call batches alone.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

  load<K, V>(name: string, key: K, batch: BatchLoad<K, V>): Promise<V> {
    return this.loader(name, batch).load(key);
  }

  /** Forgets cached values after a write in the same request. */
  clear(name: string): void {
    this.registry()?.get(name)?.clearAll();
  }

  private loader<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<K, V> {
    const registry = this.registry();
    if (!registry) return new DataLoader<K, V>(batch, { cache: false });
    let loader = registry.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      // A batch runs later than the load that started it: never inside that caller's transaction,
      // which may have ended by then (a query's batches join its request transaction instead).
      const isolated: BatchLoad<K, V> = (keys) =>
        this.cls.run({ ifNested: 'inherit' }, () => {
          this.cls.set('entityManager', undefined);
          return batch(keys);
        });
      loader = new DataLoader<K, V>(isolated);
      registry.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  private registry(): Map<string, DataLoader<unknown, unknown>> | undefined {
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
