import { DomainException } from '../exceptions/domain.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to callers: one that cannot exist is simply not found. */
export function assertId(id: string, what: string): string {
  if (!UUID.test(id)) throw DomainException.notFound(what);
  return id.toLowerCase();
}
