import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import { CalendarFeedService } from './services/calendar-feed.service';

/**
 * `GET /calendar/<token>.ics`: what calendar apps subscribe to. Public: the URL is the credential,
 * so it goes through the guest gate (unknown → 404, counted per address).
 */
@Access('public')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const text = await this.feeds.ics(clientAddress(request), token);
    response
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="veridesk.ics"',
        // Personal and secret: no shared cache keeps it, no other site sees the URL.
        'Cache-Control': 'private, no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(Buffer.from(text, 'utf8'));
  }
}
