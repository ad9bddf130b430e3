import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { QueueName } from '../../../engine/queue/queues';
import { FileStorage } from '../../file/storage/file-storage';

/**
 * The files of a deleted agency whose removal failed right after the deletion (storage away):
 * retried with backoff until they are gone. The rows are already deleted; only bytes remain.
 */
@Processor(QueueName.Maintenance)
export class DeleteAgencyFilesProcessor {
  private readonly logger = new Logger(DeleteAgencyFilesProcessor.name);

  constructor(private readonly storage: FileStorage) {}

  @Process('delete-agency-files')
  async deleteFiles(job: Job<{ agencyId: string }>): Promise<void> {
    await this.storage.deletePrefix(job.data.agencyId);
    this.logger.log({ agencyId: job.data.agencyId }, 'Deleted the files of a deleted agency');
  }
}
