import type { FieldError } from '@veridesk/shared';
import {
  ASTNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isInputType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  typeFromAST,
  visit,
} from 'graphql';
import { ScalarValueError } from './scalars';

/*
 * Input errors graphql-js finds before any resolver runs (a variable it cannot coerce, a literal
 * argument of the wrong form), named the way the validation pipe names a DTO's fields: an input
 * object's fields by their own name (`expiresOn`, nested `address.city`, list items by their
 * list), a scalar or list argument by the argument's name.
 */

const LEAF_VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.VARIABLE,
]);

type ValueName = { field: string; argument: boolean };

/**
 * The field name of every leaf value and variable written in an operation: `input: { expiresOn:
 * "…" }` names the string `expiresOn`, `sellerEntity(id: $id)` names the variable `id` (a
 * whole argument).
 */
export function valueFieldNames(operation: ASTNode): Map<ASTNode, ValueName> {
  const names = new Map<ASTNode, ValueName>();
  const path: string[] = [];
  visit(operation, {
    Argument: {
      enter: (node) => void path.push(node.name.value),
      leave: () => void path.pop(),
    },
    ObjectField: {
      enter: (node) => void path.push(node.name.value),
      leave: () => void path.pop(),
    },
    enter: (node) => {
      if (path.length && LEAF_VALUE_KINDS.has(node.kind)) {
        // Inside an input object literal, the argument's own name is not part of the field's.
        names.set(node, {
          field: path.length > 1 ? path.slice(1).join('.') : path[0],
          argument: path.length === 1,
        });
      }
    },
  });
  return names;
}

function codeOf(error: unknown): string {
  return error instanceof ScalarValueError ? error.code : 'INVALID_FORMAT';
}

function messageOf(error: unknown, typeName: string): string {
  if (error instanceof ScalarValueError) return error.message;
  return `must be a valid ${typeName}`;
}

/** Every problem in one variable's value, by field path below it ('' = the value itself). */
function valueProblems(
  value: unknown,
  type: GraphQLInputType,
  path: string[],
  report: (path: string[], code: string, message: string) => void,
): void {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) return report(path, 'REQUIRED', 'is required');
    return valueProblems(value, type.ofType, path, report);
  }
  if (value === null || value === undefined) return;
  if (isListType(type)) {
    // graphql-js takes a single value for a list of one.
    for (const item of Array.isArray(value) ? value : [value])
      valueProblems(item, type.ofType, path, report);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      return report(path, 'INVALID_FORMAT', `must be an object (${type.name})`);
    }
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      if (fieldValue === undefined && field.defaultValue !== undefined) continue;
      valueProblems(fieldValue, field.type, [...path, field.name], report);
    }
    for (const name of Object.keys(value)) {
      if (!fields[name]) report([...path, name], 'UNKNOWN_FIELD', `is not a field of ${type.name}`);
    }
    return;
  }
  if (isLeafType(type)) {
    let parsed: unknown;
    try {
      parsed = type.parseValue(value);
    } catch (error) {
      return report(path, codeOf(error), messageOf(error, type.name));
    }
    if (parsed === undefined) report(path, 'INVALID_FORMAT', messageOf(undefined, type.name));
  }
}

/** Every variable value graphql-js would refuse, each named by its field, all at once. */
export function variableFieldErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldError[] {
  // Where each variable is used names its errors; worked out only when there is one to name.
  let usages: Map<string, ValueName> | undefined;
  const usageOf = (variable: string): ValueName => {
    if (!usages) {
      usages = new Map();
      for (const [node, name] of valueFieldNames(operation)) {
        if (node.kind === Kind.VARIABLE && !usages.has(node.name.value))
          usages.set(node.name.value, name);
      }
    }
    return usages.get(variable) ?? { field: variable, argument: true };
  };
  const errors: FieldError[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const variable = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    // An unknown or output type fails validation before this runs.
    if (!type || !isInputType(type)) continue;
    const value = variables[variable];
    if (value === undefined && (definition.defaultValue || !isNonNullType(type))) continue;
    const problems: { path: string[]; code: string; message: string }[] = [];
    valueProblems(value, type, [], (path, code, message) => problems.push({ path, code, message }));
    if (!problems.length) continue;
    const usage = usageOf(variable);
    // An input object given as a whole argument: its fields are named on their own (`expiresOn`).
    const objectArgument =
      usage.argument && isInputObjectType(isNonNullType(type) ? type.ofType : type);
    const base = objectArgument ? '' : usage.field;
    for (const { path, code, message } of problems)
      errors.push({
        field: [base, ...path].filter(Boolean).join('.') || usage.field,
        code,
        message,
      });
  }
  return errors;
}

/** A validation error about one literal value: its field error, or undefined for other errors. */
export function literalFieldError(
  error: GraphQLError,
  names: Map<ASTNode, ValueName>,
): FieldError | undefined {
  const node = error.nodes?.[0];
  const field = node && names.get(node)?.field;
  if (!node || !field || node.kind === Kind.VARIABLE) return undefined;
  if (node.kind === Kind.NULL) return { field, code: 'REQUIRED', message: 'is required' };
  return {
    field,
    code: codeOf(error.originalError),
    message:
      error.originalError instanceof ScalarValueError ? error.originalError.message : error.message,
  };
}
