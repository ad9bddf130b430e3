import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { acceptedEncodings, ENCODINGS, type Encoding } from '../compression/accept-encoding';

/** Hashed assets never change; HTML must be re-read after a deploy (engine/static). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Sends the brotli or gzip copy of a built asset that the browser accepts, with its
 * Content-Encoding, the original's Content-Type, `Vary: Accept-Encoding` and the immutable cache
 * header; anything else (no copy, identity only) falls through to the static files, which add the
 * same Vary so a shared cache never hands a compressed copy to a client that cannot read it.
 * The copies are listed once at start-up, so a request never touches the disk to look for one and
 * no path from a request reaches the file system.
 */
export function precompressedAssets(rootPath: string) {
  const assets = join(rootPath, 'assets');
  const copies = new Map<string, Map<Encoding, string>>();
  const files = existsSync(assets) ? readdirSync(assets) : [];
  for (const file of files) {
    for (const { name, suffix } of ENCODINGS) {
      if (!file.endsWith(suffix)) continue;
      const original = file.slice(0, -suffix.length);
      if (!files.includes(original)) continue;
      const byEncoding = copies.get(`/assets/${original}`) ?? new Map<Encoding, string>();
      byEncoding.set(name, join(assets, file));
      copies.set(`/assets/${original}`, byEncoding);
    }
  }

  return (request: Request, response: Response, next: NextFunction) => {
    const available = copies.get(request.originalUrl.split('?')[0] ?? '');
    if (!available) return next();
    response.setHeader('Vary', 'Accept-Encoding');
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    const encoding = ENCODINGS.find(({ name }) => accepted.has(name) && available.has(name));
    if (!encoding) return next();
    response.setHeader('Content-Encoding', encoding.name);
    response.setHeader('Cache-Control', IMMUTABLE);
    response.type(extname(request.originalUrl.split('?')[0] ?? ''));
    response.sendFile(
      available.get(encoding.name) as string,
      { cacheControl: false, dotfiles: 'deny' },
      (error) => (error ? next(error) : undefined),
    );
  };
}
