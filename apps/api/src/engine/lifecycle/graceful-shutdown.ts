import type { INestApplicationContext, LoggerService } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: close the application — the API stops accepting connections and finishes
 * the requests in flight, the worker finishes its active jobs (QueueDrain) — then exit 0. Past
 * `timeoutMs` it gives up and exits 1; a job left unfinished then runs again on another worker.
 * Further signals do not cut it short (Ctrl-C reaches both a launcher and its children, and the
 * launcher then sends SIGTERM too); the timeout bounds the wait.
 */
export function exitGracefullyOnSignals(
  app: INestApplicationContext,
  logger: LoggerService,
  timeoutMs: number,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(
      `${signal}: finishing in-flight work (at most ${timeoutMs} ms), then exiting`,
      'Shutdown',
    );
    setTimeout(() => {
      logger.error(
        `In-flight work did not finish within ${timeoutMs} ms; exiting anyway`,
        'Shutdown',
      );
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`Shutdown failed: ${(error as Error).message}`, 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
