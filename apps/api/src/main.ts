// Imported here so the production bundle's generated package.json lists them (TOOLCHAIN.md).
import 'pg';
import '@as-integrations/express5';
import 'reflect-metadata';
import { createApi } from './bootstrap';
import { Logger } from 'nestjs-pino';
import { ConfigurationError, loadConfig } from './engine/config/configuration';
import { exitGracefullyOnSignals } from './engine/lifecycle/graceful-shutdown';

async function main() {
  const config = loadConfig();
  const app = await createApi(config);
  exitGracefullyOnSignals(app, app.get(Logger), config.SHUTDOWN_TIMEOUT_MS);
  await app.listen(config.PORT);
  console.log(`VeriDesk API listening on http://localhost:${config.PORT} (GraphQL at /graphql)`);
}

main().catch((error) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
