import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  DocumentNode,
  getNullableType,
  getVariableValues,
  GraphQLSchema,
  isListType,
  Kind,
  OperationDefinitionNode,
  validate,
  visit,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

export type OperationLimits = { maxDepth: number; maxCost: number; maxAliases: number };

export type ExceededLimit = {
  limit: 'depth' | 'cost' | 'aliases';
  maximum: number;
  actual?: number;
  message: string;
};

// A list without a page size (an entity's stores, a case's attempts) is assumed to hold a handful.
const UNPAGED_LIST_LENGTH = 5;

/**
 * Every selected field costs 1; its children cost once per item it may return: `first` (or the
 * default page size) for a connection, UNPAGED_LIST_LENGTH for another list of objects.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((argument) => argument.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
  }
  // A connection's edges are its page, already counted by `first`.
  const unpagedList =
    isListType(getNullableType(field.type)) &&
    childComplexity > 0 &&
    !type.name.endsWith('Connection');
  return 1 + (unpagedList ? UNPAGED_LIST_LENGTH : 1) * childComplexity;
};

/** The estimated cost of the operation, or null when its variables do not fit (execution refuses them). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return null;
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operation.name?.value,
      estimators: [pageSizeEstimator],
    });
  } catch {
    // Too many nodes to even count (fragments spread into one another): too costly by definition.
    return Number.POSITIVE_INFINITY;
  }
}

/** The first limit the operation exceeds, or null. Reads the document only: nothing runs. */
export function exceededLimit(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): ExceededLimit | null {
  return (
    exceededShapeLimit(schema, document, limits) ??
    exceededCostLimit(schema, document, operation, variables, limits)
  );
}

/** The depth or alias limit the document exceeds, or null: the same for every request of it. */
export function exceededShapeLimit(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: OperationLimits,
): ExceededLimit | null {
  if (validate(schema, document, [depthLimit(limits.maxDepth)]).length) {
    return {
      limit: 'depth',
      maximum: limits.maxDepth,
      message: `The operation nests fields more than ${limits.maxDepth} levels deep. Split it into smaller operations.`,
    };
  }
  let aliases = 0;
  const aliasRule = maxAliasesRule({
    n: limits.maxAliases,
    propagateOnRejection: false,
    onReject: [
      (_context, error) => {
        aliases = Number(/found (\d+)/.exec(error.message)?.[1] ?? limits.maxAliases + 1);
      },
    ],
  });
  validate(schema, document, [aliasRule]);
  if (aliases) {
    return {
      limit: 'aliases',
      maximum: limits.maxAliases,
      actual: aliases,
      message: `The operation uses ${aliases} aliases; at most ${limits.maxAliases} are allowed. Send several operations instead.`,
    };
  }
  return null;
}

/** The cost limit the operation exceeds with these variables (page sizes), or null. */
export function exceededCostLimit(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): ExceededLimit | null {
  return costOverLimit(operationCost(schema, document, operation, variables), limits);
}

/** The cost limit an operation of this cost (operationCost) exceeds, or null. */
export function costOverLimit(cost: number | null, limits: OperationLimits): ExceededLimit | null {
  if (cost !== null && cost > limits.maxCost) {
    return {
      limit: 'cost',
      maximum: limits.maxCost,
      ...(Number.isFinite(cost) ? { actual: cost } : {}),
      message: `The operation's estimated cost${Number.isFinite(cost) ? ` of ${cost}` : ''} is over the maximum of ${limits.maxCost} (each field counts once per item a list or page may return). Ask for smaller pages or fewer fields.`,
    };
  }
  return null;
}

/**
 * The variables an operation's cost can change with, in the order the document first uses them:
 * those given as a page size (`first`) and those given to a directive (@include and @skip decide
 * which fields count), in the operation or a fragment. Any other variable (an id, a filter, a
 * cursor) leaves the estimate as it is.
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inDirective = 0;
  visit(document, {
    [Kind.DIRECTIVE]: { enter: () => void inDirective++, leave: () => void inDirective-- },
    [Kind.ARGUMENT]: (node) => {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE)
        names.add(node.value.name.value);
    },
    [Kind.VARIABLE]: (node) => {
      if (inDirective) names.add(node.name.value);
    },
  });
  return [...names];
}

/** Whether the document asks for the schema (__schema or __type), rather than data. */
export function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}
