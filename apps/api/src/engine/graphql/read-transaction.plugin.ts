import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { TenantDatabase } from '../database/tenant-database.service';
import type { RequestTransaction } from '../database/request-transaction';
import { TenantContext } from '../tenancy/tenant-context.service';

/**
 * A signed-in caller's query reads in one read-only transaction (RequestTransaction), ended once
 * its response is ready. Mutations keep a transaction per mutation, as GraphQL runs them one by one
 * and each must commit or fail on its own.
 */
@Plugin()
export class ReadTransactionPlugin implements ApolloServerPlugin<BaseContext> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    let shared: RequestTransaction | undefined;
    return {
      didResolveOperation: async ({ operation }) => {
        if (operation?.operation === 'query' && this.tenantContext.optionalPrincipal)
          shared = this.db.shareReadTransaction();
      },
      willSendResponse: async () => {
        await shared?.close();
      },
    };
  }
}
