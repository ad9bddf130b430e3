import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GRAPHQL_BUILD_OPTIONS } from './schema-options';

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
      introspection: true,
      playground: false,
      graphiql: false,
      includeStacktraceInErrorResponses: false,
    }),
  ],
})
export class GraphqlEngineModule {}
