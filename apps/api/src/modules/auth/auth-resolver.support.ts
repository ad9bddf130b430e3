import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import type { SessionClient } from '../session/session.service';
import type { SignedIn } from './services/auth.service';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';
import type { AuthPayloadObject } from './viewer.object';

export type HttpContext = { req: Request; res: Response };

/** The browser behind a request, as a session records it. */
export function sessionClient(request: Request): SessionClient {
  const userAgent = request.headers['user-agent'];
  return {
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    address: clientAddress(request),
  };
}

/** Sets and clears the session cookie for every mutation that signs someone in or out. */
@Injectable()
export class AuthResolverSupport {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  withCookie({ payload, session }: SignedIn, { res }: HttpContext): AuthPayloadObject {
    if (session) writeSessionCookie(res, this.config.PUBLIC_URL, session.token, session.expiresAt);
    return payload;
  }

  clearCookie({ res }: HttpContext): void {
    clearSessionCookie(res, this.config.PUBLIC_URL);
  }
}
