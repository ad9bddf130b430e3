import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { byKey, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { FileStorage } from '../storage/file-storage';
import { StoredFileEntity } from '../stored-file.entity';
import type { StoredFileObject } from '../stored-file.object';
import { cleanFilename, SCAN_CONTENT_TYPES, sniffUpload } from './content-type';

export type UploadOptions = {
  /** Only a PDF, JPEG or PNG scan (a guest's upload): no spreadsheet. */
  scansOnly?: boolean;
  /** The audit actor when there is no principal (a guest link: 'guest:document-request:<id>'). */
  actor?: string;
  /** More work in the upload's transaction (linking the file), which may refuse it. */
  attach?: (manager: EntityManager, file: StoredFileEntity) => Promise<void>;
};

@Injectable()
export class FileService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly loaders: RequestLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores a PDF, JPEG or PNG scan, or an .xlsx or .csv spreadsheet for import (judged by its bytes;
   * see sniffUpload), of at most MAX_UPLOAD_BYTES.
   */
  async upload(
    data: Buffer | undefined,
    originalName: string | undefined,
    options: UploadOptions = {},
  ): Promise<StoredFileEntity> {
    if (!data)
      throw DomainException.field(
        'file',
        'REQUIRED',
        'attach the scan as the multipart field "file"',
      );
    if (data.length === 0) throw DomainException.field('file', 'EMPTY', 'the file is empty');
    if (data.length > this.config.MAX_UPLOAD_BYTES) throw this.tooLarge();
    const type = sniffUpload(data, originalName);
    if (options.scansOnly && (!type || !SCAN_CONTENT_TYPES.includes(type.contentType)))
      throw DomainException.field('file', 'UNSUPPORTED_TYPE', 'must be a PDF, JPEG or PNG scan');
    if (!type)
      throw DomainException.field(
        'file',
        'UNSUPPORTED_TYPE',
        'must be a PDF, JPEG or PNG scan, or an .xlsx or .csv spreadsheet to import',
      );
    const agencyId = this.tenantContext.agencyId;
    const id = randomUUID();
    const storageKey = `${agencyId}/${id}.${type.extension}`;
    await this.storage.put(storageKey, data);
    try {
      return await this.db.transaction(async (manager) => {
        const file = manager.create(StoredFileEntity, {
          id,
          agencyId,
          filename: cleanFilename(originalName, type),
          contentType: type.contentType,
          sizeBytes: data.length,
          sha256: createHash('sha256').update(data).digest('hex'),
          storageKey,
        });
        await manager.save(file);
        await options.attach?.(manager, file);
        await this.audit.record({
          actor: options.actor,
          action: 'file.upload',
          subjectType: 'StoredFile',
          subjectId: id,
          changes: {
            filename: file.filename,
            contentType: file.contentType,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
          },
        });
        return file;
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  /** The file and its bytes, for a member of the file's agency; NOT_FOUND for anyone else. */
  async download(id: string): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const file = await this.db.transaction((manager) =>
      manager.findOneBy(StoredFileEntity, { id: assertId(id, 'File') }),
    );
    const data = file ? await this.storage.get(file.storageKey) : null;
    if (!file || !data) throw DomainException.notFound('File');
    return { file, data };
  }

  load(id: string): Promise<StoredFileEntity | null> {
    return this.loaders.load('file:byId', id, (ids) =>
      this.db.transaction(async (manager) =>
        byKey(ids, await manager.findBy(StoredFileEntity, { id: In([...ids]) }), (row) => row.id),
      ),
    );
  }

  toObject(file: StoredFileEntity): StoredFileObject {
    return {
      id: file.id,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      url: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/files/${file.id}`,
    };
  }

  tooLarge() {
    return DomainException.field(
      'file',
      'TOO_LARGE',
      `must be at most ${Math.round(this.config.MAX_UPLOAD_BYTES / 1024 / 1024)} MB`,
    );
  }
}
