import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { ErrorCode } from '@veridesk/shared';
import { GraphQLError } from 'graphql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { HTTP_STATUS } from '../exceptions/graphql-exception.filter';
import { TenantContext } from '../tenancy/tenant-context.service';
import { exceededLimit, introspects, OperationLimits } from './operation-limits';

/**
 * Refuses, after parsing and before anything runs, an operation over the depth, alias or cost
 * limit (QUERY_TOO_COMPLEX, HTTP 400), and introspection by a caller without a credential
 * (UNAUTHENTICATED, HTTP 401): integrators introspect with their API key, the dashboard and
 * codegen read the committed schema.graphql.
 */
@Plugin()
export class OperationLimitsPlugin implements ApolloServerPlugin<BaseContext> {
  private readonly limits: OperationLimits;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tenantContext: TenantContext,
  ) {
    this.limits = {
      maxDepth: config.GRAPHQL_MAX_DEPTH,
      maxCost: config.GRAPHQL_MAX_COST,
      maxAliases: config.GRAPHQL_MAX_ALIASES,
    };
  }

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      didResolveOperation: async (request) => this.check(request),
    };
  }

  private check({
    schema,
    document,
    operation,
    request,
  }: GraphQLRequestContextDidResolveOperation<BaseContext>): void {
    if (!this.tenantContext.optionalPrincipal && introspects(document)) {
      throw refusal(
        'UNAUTHENTICATED',
        'Introspection needs a credential: send an API key (Authorization: Bearer vdk_…), or read the published apps/api/schema.graphql.',
      );
    }
    // No operation of that name: execution refuses the request without running anything.
    if (!operation) return;
    const exceeded = exceededLimit(schema, document, operation, request.variables, this.limits);
    if (exceeded) {
      const { message, ...details } = exceeded;
      throw refusal('QUERY_TOO_COMPLEX', message, details);
    }
  }
}

function refusal(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return new GraphQLError(message, {
    // Apollo answers with extensions.http's status and leaves it out of the body.
    extensions: { code, ...details, http: { status: HTTP_STATUS[code] } },
  });
}
