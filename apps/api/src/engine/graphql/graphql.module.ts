import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AllExceptionsFilter, formatFieldErrors } from '../exceptions/graphql-exception.filter';
import { InputErrorsPlugin } from './input-errors.plugin';
import { OperationLimitsPlugin } from './operation-limits.plugin';
import { ReadTransactionPlugin } from './read-transaction.plugin';
import { GRAPHQL_BUILD_OPTIONS } from './schema-options';

/**
 * Every answer is one caller's data: no browser or proxy keeps it. Apollo's cache-control plugin
 * said so too, but it wraps every field resolver of every request to collect cache hints, which
 * this schema has none of.
 */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/graphql',
      // The committed SDL is printed by `npm run schema`; the running server needs none on disk.
      autoSchemaFile: true,
      sortSchema: true,
      buildSchemaOptions: GRAPHQL_BUILD_OPTIONS,
      context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
      csrfPrevention: true,
      // One operation per request: a JSON array body is answered 400 BAD_REQUEST, unrun.
      allowBatchedHttpRequests: false,
      // Parsing stops early on a huge document (depth, cost and aliases are checked after it).
      parseOptions: { maxTokens: 10_000 },
      // On for callers with a credential; OperationLimitsPlugin refuses it to anonymous ones.
      introspection: true,
      playground: false,
      graphiql: false,
      includeStacktraceInErrorResponses: false,
      plugins: [ApolloServerPluginCacheControlDisabled(), noStore],
      formatError: formatFieldErrors(new AllExceptionsFilter()),
    }),
  ],
  providers: [OperationLimitsPlugin, ReadTransactionPlugin, InputErrorsPlugin],
})
export class GraphqlEngineModule {}
