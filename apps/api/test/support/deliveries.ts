import type { Queue } from 'bull';
import type { SignedUpAgency } from './fixtures';
import type { SmtpPeer } from './smtp-peer';
import { withAdminClient } from './test-database';

/**
 * Claims `count` ready-to-send TEST deliveries for the agency's owner (as the tick claims digests)
 * and queues one send job for each, as the tick does. Returns the delivery ids.
 */
export async function queueTestDeliveries(options: {
  databaseUrl: string;
  queue: Queue;
  owner: SignedUpAgency;
  count: number;
  label: string;
}): Promise<string[]> {
  const { owner, label } = options;
  const ids = await withAdminClient(async (client) => {
    const inserted: string[] = [];
    for (let n = 0; n < options.count; n++) {
      const result = await client.query(
        `INSERT INTO deliveries (agency_id, user_id, kind, dedupe_key, to_email, subject, text_body, html_body)
         VALUES ($1, $2, 'TEST', $3, $4, $5, 'body', '<p>body</p>') RETURNING id`,
        [owner.agencyId, owner.userId, `${label}:${n}`, owner.email, `${label} message ${n}`],
      );
      inserted.push(result.rows[0].id);
    }
    return inserted;
  }, options.databaseUrl);
  await options.queue.addBulk(
    ids.map((id) => ({
      name: 'send',
      data: { agencyId: owner.agencyId, deliveryId: id },
      opts: { jobId: `send:${id}:0`, attempts: 8, backoff: { type: 'exponential', delay: 200 } },
    })),
  );
  return ids;
}

/** How many copies of each delivery the SMTP peer received (by its Message-ID), keyed by id. */
export function copiesReceived(smtp: SmtpPeer, ids: string[]): Record<string, number> {
  return Object.fromEntries(
    ids.map((id) => [
      id,
      smtp.inbox.filter((mail) => mail.data.includes(`<${id}@veridesk>`)).length,
    ]),
  );
}

/** The same ids, each received once. */
export const onceEach = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));

/** How many of these deliveries are SENT. */
export async function sentCount(databaseUrl: string, ids: string[]): Promise<number> {
  const { rows } = await withAdminClient(
    (client) =>
      client.query(
        `SELECT count(*)::int AS n FROM deliveries WHERE id = ANY($1) AND status = 'SENT'`,
        [ids],
      ),
    databaseUrl,
  );
  return rows[0].n;
}
