import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DynamicModule,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  Optional,
  RequestMethod,
} from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { NextFunction, Request, Response } from 'express';
import { IMMUTABLE, precompressedAssets } from './precompressed-assets';

/** Where the built dashboard is: DASHBOARD_DIR, or dist/apps/dashboard beside the built API. */
export function dashboardDirectory(configured?: string): string | undefined {
  const candidates = configured
    ? [resolve(configured)]
    : [resolve(__dirname, '../dashboard'), resolve(process.cwd(), 'dist/apps/dashboard')];
  return candidates.find((directory) => existsSync(join(directory, 'index.html')));
}

const GUEST_PAGE = Symbol('GUEST_PAGE');
const ROOT_PATH = Symbol('DASHBOARD_ROOT_PATH');

// Hashed assets never change; HTML must be re-read after a deploy, or a browser would ask for
// chunks the new build no longer has.
const cacheControl = (path: string) => (path.includes('/assets/') ? IMMUTABLE : 'no-cache');

/**
 * Serves the dashboard at / from the API's own origin, with the SPA's routes falling back to it,
 * its assets as the brotli or gzip copies the build made when the browser accepts them
 * (`precompressed-assets.ts`), and the guest pages' own small HTML (guest.html, built apart: no admin shell) for the links
 * people without an account open: /p/<token> (call prep) and /d/<token> (document request).
 */
@Module({})
export class DashboardStaticModule implements NestModule {
  constructor(
    @Optional() @Inject(GUEST_PAGE) private readonly guestPage?: string,
    @Optional() @Inject(ROOT_PATH) private readonly rootPath?: string,
  ) {}

  static register(configured?: string): DynamicModule {
    const rootPath = dashboardDirectory(configured);
    if (!rootPath) return { module: DashboardStaticModule };
    const guestPage = join(rootPath, 'guest.html');
    return {
      module: DashboardStaticModule,
      providers: [
        { provide: ROOT_PATH, useValue: rootPath },
        ...(existsSync(guestPage) ? [{ provide: GUEST_PAGE, useValue: guestPage }] : []),
      ],
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          exclude: [
            '/graphql{*path}',
            '/health{*path}',
            '/files{*path}',
            '/queues{*path}',
            '/guest{*path}',
            '/calendar{*path}',
          ],
          serveStaticOptions: {
            index: 'index.html',
            setHeaders: (response, path) => response.setHeader('Cache-Control', cacheControl(path)),
          },
        }),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    if (this.rootPath)
      consumer
        .apply(precompressedAssets(this.rootPath))
        .forRoutes(
          { path: 'assets/*file', method: RequestMethod.GET },
          { path: 'assets/*file', method: RequestMethod.HEAD },
        );
    const guestPage = this.guestPage;
    if (!guestPage) return;
    consumer
      .apply((_request: Request, response: Response, next: NextFunction) => {
        response.setHeader('Cache-Control', 'no-cache');
        // The token is in the path: keep it out of any Referer the page's requests would send.
        response.setHeader('Referrer-Policy', 'no-referrer');
        response.sendFile(guestPage, (error) => (error ? next(error) : undefined));
      })
      .forRoutes(
        { path: 'p/*token', method: RequestMethod.GET },
        { path: 'd/*token', method: RequestMethod.GET },
      );
  }
}
