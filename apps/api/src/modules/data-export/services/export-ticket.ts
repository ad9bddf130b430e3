import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who may download which export until when: "<agencyId>.<exportId>.<userId>.<expiresAt>.<mac>". */
export type ExportTicket = {
  agencyId: string;
  exportId: string;
  userId: string;
  expiresAt: number;
};

const mac = (secret: string, payload: string) =>
  createHmac('sha256', `${secret}:data-export`).update(payload).digest('base64url');

export function signExportTicket(secret: string, ticket: ExportTicket): string {
  const payload = [ticket.agencyId, ticket.exportId, ticket.userId, ticket.expiresAt].join('.');
  return `${payload}.${mac(secret, payload)}`;
}

/** The ticket, when its signature holds and it has not expired at `now`. */
export function readExportTicket(secret: string, value: string, now: number): ExportTicket | null {
  const parts = value.split('.');
  if (parts.length !== 5) return null;
  const [agencyId, exportId, userId, expiresAt, signature] = parts;
  const expected = Buffer.from(mac(secret, parts.slice(0, 4).join('.')));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!(Number(expiresAt) > now)) return null;
  return { agencyId, exportId, userId, expiresAt: Number(expiresAt) };
}
