import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { CONNECTION_NODES, requestedFields } from '../lookahead';

const schema = buildSchema(/* GraphQL */ `
  type Store {
    id: ID!
    site: String!
  }
  type Entity {
    id: ID!
    legalName: String!
    stores: [Store!]!
    documents: [Store!]!
  }
  type EntityEdge {
    cursor: String!
    node: Entity!
  }
  type EntityConnection {
    totalCount: Int!
    edges: [EntityEdge!]!
  }
  type Query {
    entities: EntityConnection
    entity: Entity
  }
`);

/** Runs `query` and returns what requestedFields saw at `path` from the root field's resolver. */
async function seen(
  query: string,
  path: readonly string[],
  variableValues: Record<string, unknown> = {},
): Promise<string[]> {
  let fields: ReadonlySet<string> = new Set();
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    fields = requestedFields(info, path);
    return null;
  };
  const result = await graphql({
    schema,
    source: query,
    variableValues,
    rootValue: { entities: capture, entity: capture },
  });
  expect(result.errors).toBeUndefined();
  return [...fields].sort();
}

describe('requestedFields', () => {
  it("names a connection's node fields, not its other fields", async () => {
    expect(
      await seen(
        '{ entities { totalCount edges { cursor node { id stores { site } } } } }',
        CONNECTION_NODES,
      ),
    ).toEqual(['id', 'stores']);
  });

  it('reads through named and inline fragments, as the dashboard writes its lists', async () => {
    const query = /* GraphQL */ `
      query {
        entities {
          edges {
            node {
              ...Item
              ... on Entity {
                documents {
                  id
                }
              }
            }
          }
        }
      }
      fragment Item on Entity {
        id
        stores {
          id
        }
      }
    `;
    expect(await seen(query, CONNECTION_NODES)).toEqual(['documents', 'id', 'stores']);
  });

  it('gives field names where the query uses aliases', async () => {
    expect(
      await seen('{ entities { edges { node { shops: stores { id } name: legalName } } } }', [
        'edges',
        'node',
      ]),
    ).toEqual(['legalName', 'stores']);
  });

  it('leaves out a field skipped by @skip or @include, following the variables', async () => {
    const query = /* GraphQL */ `
      query ($withStores: Boolean!) {
        entities {
          edges {
            node {
              id
              stores @include(if: $withStores) {
                id
              }
              documents @skip(if: true) {
                id
              }
            }
          }
        }
      }
    `;
    expect(await seen(query, CONNECTION_NODES, { withStores: false })).toEqual(['id']);
    expect(await seen(query, CONNECTION_NODES, { withStores: true })).toEqual(['id', 'stores']);
  });

  it("names the field's own selection with no path, and nothing below a field not asked for", async () => {
    expect(await seen('{ entity { id legalName } }', [])).toEqual(['id', 'legalName']);
    expect(await seen('{ entities { totalCount } }', CONNECTION_NODES)).toEqual([]);
  });
});
