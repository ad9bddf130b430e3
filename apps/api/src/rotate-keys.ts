import 'pg';
import 'reflect-metadata';
import { ConfigurationError, loadConfig } from './engine/config/configuration';
import { createKeyRotationContext } from './modules/representative/key-rotation.module';
import { KeyRotationService } from './modules/representative/services/key-rotation.service';

/**
 * Re-seals every ID and phone number under ID_ENCRYPTION_ACTIVE_KEY, online and resumable (see
 * README, "Rotating the ID encryption key"). Prints counts only. Exits 2 if rows stayed locked.
 */
async function main() {
  const config = loadConfig();
  const started = Date.now();
  const app = await createKeyRotationContext(config);
  const report = await app.get(KeyRotationService).rotate({
    onProgress: (progress) =>
      console.log(
        progress.remaining === undefined
          ? `agency ${progress.agency}/${progress.agencies} ${progress.agencyId}: ${progress.rotated} rotated`
          : `agency ${progress.agency}/${progress.agencies} ${progress.agencyId}: done, ${progress.rotated} rotated, ${progress.remaining} left`,
      ),
  });
  await app.close();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `Rotated ${report.rotated} rows in ${report.agencies} agencies to key "${report.activeKey}" in ${seconds.toFixed(1)} s; ${report.remaining} left`,
  );
  if (report.remaining) process.exitCode = 2;
}

main().catch((error) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
