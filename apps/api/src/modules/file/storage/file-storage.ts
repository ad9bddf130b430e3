import type { Readable } from 'node:stream';

/**
 * Where uploaded bytes live. The local disk implementation is the default; an S3-compatible store
 * implements the same three calls (put/get/delete keyed by an opaque key) for multi-host setups.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer | null>;
  abstract delete(key: string): Promise<void>;
  /** Every key under `prefix/` (an agency's files when it is deleted). */
  abstract deletePrefix(prefix: string): Promise<void>;
  /** Streams a stored file (an export's files into its ZIP, the ZIP to its download). */
  abstract stream(key: string): Promise<Readable | null>;
  /** Stores what `source` yields, without holding it in memory; returns its size in bytes. */
  abstract putStream(key: string, source: Readable): Promise<number>;
}
