import { Injectable } from '@nestjs/common';
import { DomainException } from '../exceptions/domain.exception';
import { RateLimiter } from './rate-limiter.service';
import { isGuestTokenShaped, sha256 } from './secrets';

/**
 * The door of every guest link (RULES.md "Guest links"): a token is looked up by its hash only;
 * an unknown, expired or revoked one answers NOT_FOUND and counts against the caller's address;
 * past GUEST_FAILURES_PER_ADDRESS in GUEST_WINDOW_SECONDS the address gets RATE_LIMITED, valid
 * tokens included, until the window passes.
 */
@Injectable()
export class GuestGate {
  constructor(private readonly limiter: RateLimiter) {}

  /**
   * `find` gets the token's SHA-256 and returns what the token opens while it is valid (not
   * expired, not revoked), or null. `what` names it in the NOT_FOUND message.
   */
  async open<T>(
    address: string,
    token: string,
    find: (tokenHash: string) => Promise<T | null>,
    what = 'Link',
  ): Promise<T> {
    const check = { budget: 'guestAddress' as const, key: address };
    await this.limiter.assertAllowed(check);
    const found = isGuestTokenShaped(token) ? await find(sha256(token)) : null;
    if (found === null || found === undefined) {
      await this.limiter.recordFailure(check);
      throw DomainException.notFound(what);
    }
    return found;
  }
}
