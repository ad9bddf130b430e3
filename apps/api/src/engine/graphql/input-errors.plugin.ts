import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { FieldError } from '@veridesk/shared';
import { getOperationAST, GraphQLError } from 'graphql';
import { HTTP_STATUS } from '../exceptions/graphql-exception.filter';
import { literalFieldError, valueFieldNames, variableFieldErrors } from './input-errors';

/**
 * Answers the input errors graphql-js finds before anything runs the way the validation pipe
 * answers a DTO's: BAD_USER_INPUT (HTTP 400) with `fieldErrors` naming each field.
 * - Variables: every value that cannot be coerced (a malformed or non-existent Date, an unknown
 *   enum value, "abc" for an Int, a missing required field) is reported at once, in ONE error
 *   carrying every field error, before execution (so nothing is written).
 * - Literal arguments: graphql-js reports each bad value as its own validation error; each becomes
 *   BAD_USER_INPUT carrying that value's field error.
 */
@Plugin()
export class InputErrorsPlugin implements ApolloServerPlugin<BaseContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      didResolveOperation: async (context) => this.checkVariables(context),
      didEncounterErrors: async (context) => this.nameLiteralErrors(context),
    };
  }

  private checkVariables({
    schema,
    operation,
    request,
  }: GraphQLRequestContextDidResolveOperation<BaseContext>): void {
    if (!operation) return;
    const fieldErrors = variableFieldErrors(schema, operation, request.variables ?? {});
    if (fieldErrors.length) throw badInput(fieldErrors);
  }

  private nameLiteralErrors({
    errors,
    document,
    request,
  }: GraphQLRequestContextDidEncounterErrors<BaseContext>): void {
    const validationErrors = errors.filter(
      (error) => error.extensions.code === 'GRAPHQL_VALIDATION_FAILED',
    );
    if (!document || !validationErrors.length) return;
    const operation = getOperationAST(document, request.operationName) ?? document;
    const names = valueFieldNames(operation);
    for (const error of validationErrors) {
      const fieldError = literalFieldError(error, names);
      if (!fieldError) continue;
      // Apollo has already wrapped the error (and keeps its HTTP 400): only its code and field
      // errors change, as the contract names them.
      Object.assign(error.extensions, { code: 'BAD_USER_INPUT', fieldErrors: [fieldError] });
    }
  }
}

function badInput(fieldErrors: FieldError[]): GraphQLError {
  const summary = fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ');
  return new GraphQLError(`Invalid input — ${summary}`, {
    // Apollo answers with extensions.http's status and leaves it out of the body.
    extensions: {
      code: 'BAD_USER_INPUT',
      fieldErrors,
      http: { status: HTTP_STATUS.BAD_USER_INPUT },
    },
  });
}
