import { createHmac, timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/configuration';
import { QueueName } from './queues';

export const QUEUE_BOARD_PATH = '/queues';
const COOKIE = 'vd_queues';
const TICKET_TTL_MS = 60_000;
const SESSION_TTL_MS = 60 * 60_000;

type Pass = { userId: string; expiresAt: number };

const mac = (secret: string, payload: string) =>
  createHmac('sha256', `${secret}:queue-board`).update(payload).digest('base64url');

/** A short-lived signed pass: "<userId>.<expiresAt>.<mac>". */
export function signQueueBoardPass(secret: string, userId: string, ttlMs = TICKET_TTL_MS): string {
  const payload = `${userId}.${Date.now() + ttlMs}`;
  return `${payload}.${mac(secret, payload)}`;
}

function readPass(secret: string, value: string | undefined): Pass | null {
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3) return null;
  const [userId, expiresAt, signature] = parts;
  const expected = Buffer.from(mac(secret, `${userId}.${expiresAt}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expiresAt) > Date.now() ? { userId, expiresAt: Number(expiresAt) } : null;
}

/**
 * Mounts bull-board (read-only) at /queues for the operator agency's OWNERs and ADMINs. A browser
 * cannot send the Bearer token on a page load, so the dashboard trades it for a one-minute ticket
 * (queueBoardUrl), which this guard turns into an hour-long httpOnly cookie scoped to /queues.
 */
export function mountQueueBoard(app: INestApplication, config: AppConfig): boolean {
  if (!config.QUEUE_BOARD_AGENCY_ID) return false;
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map(
      (name) => new BullAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: true }),
    ),
    serverAdapter,
  });
  const secure = config.PUBLIC_URL.startsWith('https://');
  const guard = (request: Request, response: Response, next: NextFunction) => {
    const ticket =
      typeof request.query.ticket === 'string'
        ? readPass(config.AUTH_SECRET, request.query.ticket)
        : null;
    if (ticket) {
      response.cookie(
        COOKIE,
        signQueueBoardPass(config.AUTH_SECRET, ticket.userId, SESSION_TTL_MS),
        {
          httpOnly: true,
          sameSite: 'strict',
          secure,
          path: QUEUE_BOARD_PATH,
          maxAge: SESSION_TTL_MS,
        },
      );
      response.redirect(QUEUE_BOARD_PATH);
      return;
    }
    if (
      readPass(
        config.AUTH_SECRET,
        (request.cookies as Record<string, string> | undefined)?.[COOKIE],
      )
    )
      return next();
    response
      .status(401)
      .type('html')
      .send('<p>Open the queue board from VeriDesk (设置 → 队列).</p>');
  };
  app.use(QUEUE_BOARD_PATH, guard, serverAdapter.getRouter());
  return true;
}
