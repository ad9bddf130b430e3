import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** A connection's node fields: `requestedFields(info, CONNECTION_NODES)` in its query resolver. */
export const CONNECTION_NODES = ['edges', 'node'] as const;

/**
 * The names of the fields the operation asks for below the field being resolved, at `path`
 * (field names, not aliases; fragments merged and @skip/@include applied): `[]` for the field's own
 * selection, CONNECTION_NODES for a connection's nodes. A list loads only the relations asked for.
 */
export function requestedFields(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): ReadonlySet<string> {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  let trees = root ? [root] : [];
  for (const name of path) trees = trees.flatMap((tree) => selected(tree, name));
  return new Set(trees.flatMap((tree) => selected(tree).map((child) => child.name)));
}

function selected(tree: ResolveTree, name?: string): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName)
    .flatMap((fields) => Object.values(fields))
    .filter((child) => name === undefined || child.name === name);
}
