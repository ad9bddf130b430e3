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
import type { DocumentNode } from 'graphql';
import {
  costOverLimit,
  costVariables,
  exceededShapeLimit,
  type ExceededLimit,
  introspects,
  operationCost,
  OperationLimits,
} from './operation-limits';

/** The prices one document remembers (by its page sizes and directive variables: few). */
const COSTS_PER_DOCUMENT = 64;
const LONGEST_COST_KEY = 1_024;

type DocumentFacts = {
  introspects: boolean;
  shape: ExceededLimit | null;
  /** The variables its cost can change with (costVariables). */
  costVariables: string[];
  /** By the JSON of those variables' values. */
  costs: Map<string, ExceededLimit | null>;
};

/**
 * Refuses, after parsing and before anything runs, an operation over the depth, alias or cost
 * limit (QUERY_TOO_COMPLEX, HTTP 400), and introspection by a caller without a credential
 * (UNAUTHENTICATED, HTTP 401): integrators introspect with their API key, the dashboard and
 * codegen read the committed schema.graphql.
 * Apollo hands every request of the same query text the same parsed document, so what depends on
 * the document alone (introspection, depth, aliases) is worked out once per document, and the cost
 * once per document and the variables it can change with (page sizes, directives).
 */
@Plugin()
export class OperationLimitsPlugin implements ApolloServerPlugin<BaseContext> {
  private readonly limits: OperationLimits;
  private readonly facts = new WeakMap<DocumentNode, DocumentFacts>();

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
    let facts = this.facts.get(document);
    if (!facts) {
      facts = {
        introspects: introspects(document),
        shape: exceededShapeLimit(schema, document, this.limits),
        costVariables: costVariables(document),
        costs: new Map(),
      };
      this.facts.set(document, facts);
    }
    if (!this.tenantContext.optionalPrincipal && facts.introspects) {
      throw refusal(
        'UNAUTHENTICATED',
        'Introspection needs a credential: send an API key (Authorization: Bearer vdk_…), or read the published apps/api/schema.graphql.',
      );
    }
    // No operation of that name: execution refuses the request without running anything.
    if (!operation) return;
    let exceeded = facts.shape;
    if (!exceeded) {
      // Priced once per document and page sizes: an entity page asked for 300 different entities
      // is one price. An unset variable ([]) is told apart from one set to null ([null]).
      const variables = request.variables ?? {};
      const key = `${operation.name?.value ?? ''} ${JSON.stringify(
        facts.costVariables.map((name) => (name in variables ? [variables[name]] : [])),
      )}`;
      const known = facts.costs.get(key);
      if (known !== undefined) exceeded = known;
      else {
        const cost = operationCost(schema, document, operation, variables);
        exceeded = costOverLimit(cost, this.limits);
        // Variables that do not fit price nothing (execution refuses them): not a price to keep.
        if (cost !== null && key.length <= LONGEST_COST_KEY) {
          if (facts.costs.size >= COSTS_PER_DOCUMENT) facts.costs.clear();
          facts.costs.set(key, exceeded);
        }
      }
    }
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
