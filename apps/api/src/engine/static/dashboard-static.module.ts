import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';

/** Where the built dashboard is: DASHBOARD_DIR, or dist/apps/dashboard beside the built API. */
export function dashboardDirectory(configured?: string): string | undefined {
  const candidates = configured
    ? [resolve(configured)]
    : [resolve(__dirname, '../dashboard'), resolve(process.cwd(), 'dist/apps/dashboard')];
  return candidates.find((directory) => existsSync(join(directory, 'index.html')));
}

/** Serves the dashboard at / from the API's own origin, with the SPA's routes falling back to it. */
@Module({})
export class DashboardStaticModule {
  static register(configured?: string): DynamicModule {
    const rootPath = dashboardDirectory(configured);
    if (!rootPath) return { module: DashboardStaticModule };
    return {
      module: DashboardStaticModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          exclude: ['/graphql{*path}', '/health{*path}', '/files{*path}', '/queues{*path}', '/calendar{*path}'],
          serveStaticOptions: {
            index: 'index.html',
            // Hashed assets never change; index.html must be re-read after a deploy, or a browser
            // would ask for page chunks the new build no longer has.
            setHeaders: (response, path) => {
              response.setHeader(
                'Cache-Control',
                path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
              );
            },
          },
        }),
      ],
    };
  }
}
