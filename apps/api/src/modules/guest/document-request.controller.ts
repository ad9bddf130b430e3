import { Controller, Param, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import { DocumentRequestService } from './services/document-request.service';

type Upload = { buffer: Buffer; originalname: string; size: number };

/**
 * A seller's scan through a document request's link (no credentials: the token is the key), under
 * POST /files' rules and limits (FileService, FileModule's multer options). Answers `{ id }` only.
 */
@Controller('guest')
export class DocumentRequestController {
  constructor(private readonly requests: DocumentRequestService) {}

  @Access('public')
  @Post(':token/files')
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @Param('token') token: string,
    @UploadedFile() upload: Upload | undefined,
    @Req() request: Request,
  ): Promise<{ id: string }> {
    // multer decodes the name as latin1; browsers send UTF-8 (营业执照.jpg).
    const name = upload ? Buffer.from(upload.originalname, 'latin1').toString('utf8') : undefined;
    return this.requests.upload(clientAddress(request), token, upload?.buffer, name);
  }
}
