import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import type { RequestContextStore } from '../tenancy/request-context';

/**
 * Structured logs with the request id and agency id. Credentials, cookies and request bodies
 * (passwords, ID numbers) are never logged: pino-http logs no body, and headers are redacted.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.idNumber',
];

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG, ClsService],
      useFactory: (config: AppConfig, cls: ClsService<RequestContextStore>) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          genReqId: (request, response) => {
            const id = (request.headers['x-request-id'] as string | undefined) ?? randomUUID();
            response.setHeader('x-request-id', id);
            return id;
          },
          customProps: () => ({ agencyId: cls.isActive() ? cls.get('agencyId') : undefined }),
          autoLogging: { ignore: (request) => request.url === '/health' },
          serializers: {
            req: (request: { id: string; method: string; url: string }) => ({
              id: request.id,
              method: request.method,
              // Query strings may carry tokens (invitation links): log the path only.
              url: request.url.split('?')[0],
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
