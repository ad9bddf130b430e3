import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Access } from '../../engine/auth/access.decorator';
import { DataExportService } from './services/data-export.service';

/**
 * `GET /exports/<id>?ticket=…`: the export's ZIP, streamed. Public as a route: the signed ticket in
 * the URL (DataExportObject.url) names the OWNER or ADMIN it was issued to, who must still be one.
 */
@Access('public')
@Controller('exports')
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get(':id')
  async download(
    @Param('id') id: string,
    @Query('ticket') ticket: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { stream, sizeBytes, name } = await this.exports.open(id, ticket ?? '');
    response.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Length': String(sizeBytes),
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    await pipeline(stream, response);
  }
}
