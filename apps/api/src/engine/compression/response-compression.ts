import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { acceptedEncodings } from './accept-encoding';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed answer saves less than it costs (one TCP segment carries it anyway). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

type EndCallback = () => void;

/**
 * Compresses a JSON answer of at least `threshold` bytes with brotli (quality 5: fast, yet far
 * smaller than gzip) or gzip, whichever the request's Accept-Encoding allows, and says so with
 * Content-Encoding and `Vary: Accept-Encoding`. Only an answer written in one piece (`res.end(body)`,
 * which `res.send`/`res.json` do) is compressed: one that streams (`res.write`, e.g. incremental
 * delivery or a file) passes untouched, as does one already encoded. Compression runs off the event
 * loop (zlib's thread pool).
 */
export function compressJsonResponses(threshold = COMPRESSION_THRESHOLD_BYTES) {
  return (request: Request, response: Response, next: NextFunction) => {
    response.vary('Accept-Encoding');
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    if (!accepted.size || request.method === 'HEAD') return next();

    const write = response.write;
    const end = response.end;
    const restore = () => {
      response.write = write;
      response.end = end;
    };
    // Anything written in pieces is a stream: leave it as it is.
    response.write = function (this: Response, ...args: Parameters<Response['write']>) {
      restore();
      return write.apply(this, args);
    } as Response['write'];
    response.end = function (
      this: Response,
      chunk?: unknown,
      encoding?: BufferEncoding | EndCallback,
      callback?: EndCallback,
    ) {
      restore();
      const done =
        typeof chunk === 'function'
          ? (chunk as EndCallback)
          : typeof encoding === 'function'
            ? encoding
            : callback;
      const body =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
          : Buffer.isBuffer(chunk)
            ? chunk
            : undefined;
      const type = String(response.getHeader('Content-Type') ?? '');
      if (
        !body ||
        body.length < threshold ||
        response.headersSent ||
        response.getHeader('Content-Encoding') ||
        !/\bjson\b/.test(type)
      )
        return end.call(this, chunk as never, encoding as never, callback as never);

      const name = accepted.has('br') ? 'br' : 'gzip';
      const compressing =
        name === 'br'
          ? brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : gzipAsync(body, { level: 6 });
      compressing.then(
        (compressed) => {
          if (!response.headersSent) {
            response.setHeader('Content-Encoding', name);
            response.setHeader('Content-Length', compressed.length);
          }
          end.call(this, compressed, done as never);
        },
        () => end.call(this, body, done as never),
      );
      return this;
    } as Response['end'];
    next();
  };
}
