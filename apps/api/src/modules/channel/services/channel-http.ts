import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { OutgoingRequest } from '../adapters/channel-adapter';
import type { ResolvedTarget } from './channel-targets.service';

export const CHANNEL_SEND_TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 64 * 1024;

export type HttpAnswer = { status: number; body: string };

/**
 * POSTs one attempt. Redirects are not followed (a 3xx is an answer like any other); when the target
 * was resolved, the connection goes to that checked address (TLS still verifies the host name).
 * Rejects with a message naming no part of the URL beyond its host.
 */
export function postChannelRequest(
  outgoing: OutgoingRequest,
  target: ResolvedTarget,
): Promise<HttpAnswer> {
  const url = new URL(outgoing.url);
  const pinned: LookupFunction | undefined =
    target.address && target.family
      ? (_host, options, callback) => {
          const { address, family } = target as { address: string; family: 4 | 6 };
          if ((options as { all?: boolean }).all) {
            (
              callback as (err: null, addresses: Array<{ address: string; family: number }>) => void
            )(null, [{ address, family }]);
          } else callback(null, address, family);
        }
      : undefined;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...outgoing.headers, 'content-length': Buffer.byteLength(outgoing.body) },
        lookup: pinned,
        timeout: CHANNEL_SEND_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (error) =>
          reject(new Error(`reading the answer failed: ${error.message}`)),
        );
      },
    );
    req.on('timeout', () =>
      req.destroy(new Error(`no answer within ${CHANNEL_SEND_TIMEOUT_MS} ms`)),
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code ? `${error.code} connecting to ${url.host}` : error.message)),
    );
    req.end(outgoing.body);
  });
}
