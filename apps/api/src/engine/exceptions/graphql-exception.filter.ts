import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  HttpException,
  Logger,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isStatementTimeout } from '../database/errors';
import { DomainException } from './domain.exception';

export const HTTP_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
  TWO_FACTOR_REQUIRED: 401,
  TWO_FACTOR_SETUP_REQUIRED: 403,
} as const;

/**
 * Maps domain exceptions to the contract's error shape. An unreachable database is
 * SERVICE_UNAVAILABLE with Retry-After, so callers retry: HTTP 503 when it fails the request before
 * GraphQL runs (the credential lookup), 200 beside `data` when a resolver's query fails (the Nest
 * Apollo driver keeps execution errors at 200). Anything unexpected is logged and answered with a
 * generic INTERNAL_SERVER_ERROR, so no SQL, stack or value leaks to a caller.
 */
@Catch()
export class AllExceptionsFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const domain = this.toDomain(exception);
    if (host.getType<GqlContextType>() === 'graphql') {
      const { res } = GqlArgumentsHost.create(host).getContext<{ res?: Response }>();
      if (domain?.retryAfterSeconds && res && !res.headersSent) {
        res.setHeader('Retry-After', String(domain.retryAfterSeconds));
      }
      return this.toGraphQLError(exception, domain);
    }

    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (domain) {
      if (domain.retryAfterSeconds)
        response.setHeader('Retry-After', String(domain.retryAfterSeconds));
      // Middleware (the caller's credential is looked up before GraphQL runs) may fail a GraphQL
      // request: answer it in GraphQL's shape, so clients read extensions.code as usual.
      // originalUrl: inside middleware mounted on a route, `path` is relative to the mount.
      const graphql = http.getRequest<Request>().originalUrl.split('?')[0] === '/graphql';
      response.status(HTTP_STATUS[domain.code]).json(
        graphql
          ? { errors: [{ message: domain.message, extensions: this.extensions(domain) }] }
          : {
              code: domain.code,
              message: domain.message,
              ...(domain.fieldErrors.length ? { fieldErrors: domain.fieldErrors } : {}),
            },
      );
      return;
    }
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    this.logger.error({ err: exception }, 'Unhandled error in an HTTP request');
    response.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }

  /** The contract's shape of an error thrown while resolving a GraphQL field. */
  toGraphQLError(exception: unknown, domain = this.toDomain(exception)): GraphQLError {
    if (domain) return new GraphQLError(domain.message, { extensions: this.extensions(domain) });
    if (exception instanceof GraphQLError) return exception;
    this.logger.error({ err: exception }, 'Unhandled error in a GraphQL operation');
    return new GraphQLError('Internal server error', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }

  private extensions(domain: DomainException) {
    return {
      code: domain.code,
      ...(domain.fieldErrors.length ? { fieldErrors: domain.fieldErrors } : {}),
      ...(domain.retryAfterSeconds ? { retryAfter: domain.retryAfterSeconds } : {}),
    };
  }

  private toDomain(exception: unknown): DomainException | undefined {
    if (exception instanceof DomainException) return exception;
    if (isStatementTimeout(exception)) {
      this.logger.warn('A statement ran past the statement timeout and was stopped');
      return DomainException.timedOut();
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return DomainException.unavailable();
    }
    // multer stops reading an upload at the size limit and Nest reports it as a 413.
    if (exception instanceof PayloadTooLargeException) {
      return DomainException.field('file', 'TOO_LARGE', 'is larger than the upload limit');
    }
    // Its other refusals (a malformed multipart body, an unexpected field, too many parts, a body
    // busboy cannot parse) keep multer's or busboy's error as their cause.
    if (
      (exception instanceof BadRequestException ||
        exception instanceof UnsupportedMediaTypeException) &&
      exception.cause
    ) {
      return DomainException.field(
        'file',
        'MALFORMED',
        'send one file as multipart/form-data in the field "file"',
      );
    }
    return undefined;
  }
}

/**
 * Apollo's formatError: the filter's shapes for errors thrown below the root. Nest runs exception
 * filters around root resolvers only (field resolvers are called directly, for speed), so a page's
 * stores failing to load while the database restarts would otherwise answer with PostgreSQL's own
 * message; it is SERVICE_UNAVAILABLE like any other read.
 */
export function formatFieldErrors(filter: AllExceptionsFilter) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const thrown = unwrapResolverError(error);
    if (thrown instanceof GraphQLError || !(thrown instanceof Error)) return formatted;
    const mapped = filter.toGraphQLError(thrown);
    return { ...formatted, message: mapped.message, extensions: mapped.extensions };
  };
}
