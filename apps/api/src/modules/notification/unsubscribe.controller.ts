import { Body, Controller, Get, Headers, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { NoFilesInterceptor } from '@nestjs/platform-express';
import { EmailLocale, renderUnsubscribePage, UnsubscribePageState } from '@veridesk/emails';
import type { Response } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { DigestUnsubscribeService } from './services/digest-unsubscribe.service';
import { UnsubscribeTokens } from './services/unsubscribe-token.service';

const STATUS: Record<UnsubscribePageState, number> = {
  confirm: 200,
  done: 200,
  invalid: 400,
  'not-found': 404,
};

/**
 * The List-Unsubscribe URL of digests and alerts, and the digest footer's link. It works without
 * signing in because the URL itself is signed (which also makes a forged cross-site POST useless).
 * GET only asks; a POST of `List-Unsubscribe=One-Click` (RFC 8058) turns the digest off.
 */
@Access('public')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly members: DigestUnsubscribeService,
  ) {}

  @Get()
  async confirm(
    @Query('token') token: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ) {
    const claims = token ? this.tokens.verify(token) : null;
    if (!claims) return this.page(response, guessLocale(acceptLanguage), 'invalid');
    const member = await this.members.memberLocale(claims);
    if (!member) return this.page(response, guessLocale(acceptLanguage), 'not-found');
    return this.page(response, member.locale, 'confirm');
  }

  // Mail providers post urlencoded; RFC 8058 also allows multipart/form-data.
  @Post()
  @UseInterceptors(NoFilesInterceptor())
  async unsubscribe(
    @Query('token') token: string | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ) {
    const claims = token ? this.tokens.verify(token) : null;
    if (!claims || body?.['List-Unsubscribe'] !== 'One-Click')
      return this.page(response, guessLocale(acceptLanguage), 'invalid');
    const member = await this.members.turnDigestOff(claims);
    if (!member) return this.page(response, guessLocale(acceptLanguage), 'not-found');
    return this.page(response, member.locale, 'done');
  }

  private page(response: Response, locale: EmailLocale, state: UnsubscribePageState) {
    response
      .status(STATUS[state])
      // A signed link in the address bar: keep it out of caches and other sites' Referer.
      .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      .type('html')
      .send(renderUnsubscribePage(locale, state));
  }
}

/** Before the reader is known (a broken link): the browser's first language, zh-CN by default. */
const guessLocale = (acceptLanguage: string | undefined): EmailLocale =>
  acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
