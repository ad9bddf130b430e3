/**
 * Where uploaded bytes live. The local disk implementation is the default; an S3-compatible store
 * implements the same three calls (put/get/delete keyed by an opaque key) for multi-host setups.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer | null>;
  abstract delete(key: string): Promise<void>;
}
