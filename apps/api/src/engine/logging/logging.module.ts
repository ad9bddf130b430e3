import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { type DestinationStream, stdSerializers } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
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

// What a failed query carries besides its message: the bound values (a password hash, an email, a
// sealed ID number) and PostgreSQL's detail, which quotes the offending key ("Key (email)=(…)").
const ERROR_VALUE_FIELDS = ['parameters', 'detail', 'where', 'driverError', 'cause'];

/** An error for the log: its type, message, code and stack, without the values it was about. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const serialized: Record<string, unknown> = { ...stdSerializers.err(error) };
  for (const field of ERROR_VALUE_FIELDS) delete serialized[field];
  return serialized;
}

@Module({})
export class LoggingModule {
  /**
   * `destination` is where the JSON lines go: standard output unless given (tests pass a stream to
   * read what the server logged).
   */
  static register(destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG, ClsService],
          useFactory: (config: AppConfig, cls: ClsService<RequestContextStore>) => {
            const options = {
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
                err: serializeError,
              },
            } satisfies PinoHttpOptions;
            return { pinoHttp: destination ? [options, destination] : options };
          },
        }),
      ],
    };
  }
}
