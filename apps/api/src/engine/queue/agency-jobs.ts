import type { Queue } from 'bull';

/**
 * Removes every job of one agency that has not started yet (waiting, delayed, paused) or is kept
 * for a retry (failed) from the queues: a deleted agency's digests, deliveries and exports must not
 * run. Jobs are matched by `data.agencyId`, which every job touching tenant data carries. A job
 * already running finishes against an agency its transaction can no longer see.
 */
export async function removeAgencyJobs(queues: Queue[], agencyId: string): Promise<number> {
  let removed = 0;
  for (const queue of queues) {
    const pageSize = 500;
    for (let start = 0; ; start += pageSize) {
      const jobs = await queue.getJobs(
        ['waiting', 'delayed', 'paused', 'failed'],
        start,
        start + pageSize - 1,
      );
      if (!jobs.length) break;
      for (const job of jobs) {
        if ((job?.data as { agencyId?: string } | undefined)?.agencyId !== agencyId) continue;
        await job.remove().catch(() => undefined); // taken by a worker meanwhile
        removed += 1;
      }
      if (jobs.length < pageSize) break;
    }
  }
  return removed;
}
