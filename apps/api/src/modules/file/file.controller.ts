import { Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { SCAN_CONTENT_TYPES } from './services/content-type';
import { FileService } from './services/file.service';
import type { StoredFileObject } from './stored-file.object';

type Upload = { buffer: Buffer; originalname: string; size: number };

/** Scans of documents and spreadsheets to import: upload (multipart field "file") and download, same auth as GraphQL. */
@Controller('files')
export class FileController {
  constructor(private readonly files: FileService) {}

  @Access('writer')
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(@UploadedFile() upload: Upload | undefined): Promise<StoredFileObject> {
    // multer decodes the name as latin1; browsers send UTF-8 (中文文件名.pdf).
    const name = upload ? Buffer.from(upload.originalname, 'latin1').toString('utf8') : undefined;
    return this.files.toObject(await this.files.upload(upload?.buffer, name));
  }

  @Get(':id')
  async download(@Param('id') id: string, @Res() response: Response): Promise<void> {
    const { file, data } = await this.files.download(id);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(data.length));
    response.setHeader(
      'Content-Disposition',
      // A scan opens in the browser; a spreadsheet (text or not) is only ever saved.
      `${SCAN_CONTENT_TYPES.includes(file.contentType) ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    );
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(data);
  }
}
