import { lookup } from 'node:dns/promises';
import { Inject, Injectable } from '@nestjs/common';
import { channelUrlProblem } from '@veridesk/domain';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import type { ChannelKind } from '../adapters/channel-adapter';
import { isPublicAddress } from './public-address';

export type ResolvedTarget = { url: URL; address: string | null; family: 4 | 6 | null };

/** Why a target may not be reached: the field error at save, the delivery's lastError at send. */
export class TargetRefused extends Error {
  constructor(
    readonly code: 'INVALID_URL' | 'NOT_HTTPS' | 'WRONG_HOST' | 'PRIVATE_ADDRESS' | 'UNRESOLVABLE',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Channel targets (RULES.md "Channels", Targets): the URL's form for its kind, and the addresses its
 * host resolves to — all public, checked when saved and again before every send; the send then
 * connects to the address checked (no second lookup a rebinding DNS could answer differently).
 * CHANNELS_ALLOW_PRIVATE_TARGETS lifts the host rules and allows http://.
 */
@Injectable()
export class ChannelTargets {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get allowPrivate(): boolean {
    return this.config.CHANNELS_ALLOW_PRIVATE_TARGETS;
  }

  /**
   * At save: BAD_USER_INPUT on `url` for a target the channel may not have. A robot's host is the
   * platform's own (its form says so); a WEBHOOK's host is resolved and every address checked.
   */
  async assertSavable(kind: ChannelKind, url: string): Promise<void> {
    try {
      if (kind === 'WEBHOOK') await this.resolve(kind, url);
      else this.checkForm(kind, url);
    } catch (error) {
      if (error instanceof TargetRefused)
        throw DomainException.field('url', error.code, error.message);
      throw error;
    }
  }

  /**
   * Before every send, of every kind: the URL and the public address to connect to; TargetRefused
   * when it may not be reached.
   */
  async resolve(kind: ChannelKind, raw: string): Promise<ResolvedTarget> {
    const url = this.checkForm(kind, raw);
    if (this.allowPrivate) return { url, address: null, family: null };
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    let addresses: Array<{ address: string; family: number }>;
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new TargetRefused('UNRESOLVABLE', `host ${host} does not resolve`);
    }
    if (!addresses.length) throw new TargetRefused('UNRESOLVABLE', `host ${host} does not resolve`);
    if (!addresses.every(({ address }) => isPublicAddress(address))) {
      throw new TargetRefused(
        'PRIVATE_ADDRESS',
        `host ${host} resolves to a loopback, private, link-local or otherwise non-public address`,
      );
    }
    const [first] = addresses;
    return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
  }

  private checkForm(kind: ChannelKind, raw: string): URL {
    const problem = channelUrlProblem(kind, raw, this.allowPrivate);
    if (problem) throw new TargetRefused(problem.code, problem.message);
    return new URL(raw.trim());
  }
}
