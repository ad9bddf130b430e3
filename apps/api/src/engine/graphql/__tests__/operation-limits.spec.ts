import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DefinitionNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
  visit,
} from 'graphql';
import { loadConfig } from '../../config/configuration';
import {
  costVariables,
  exceededLimit,
  introspects,
  operationCost,
  OperationLimits,
} from '../operation-limits';
import { MAX_PAGE_SIZE } from '../pagination';

const root = join(__dirname, '../../../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8'));

const config = loadConfig({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/veridesk',
  AUTH_SECRET: 'x'.repeat(64),
  ID_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  ID_HASH_KEY: 'h'.repeat(64),
});
const defaults: OperationLimits = {
  maxDepth: config.GRAPHQL_MAX_DEPTH,
  maxCost: config.GRAPHQL_MAX_COST,
  maxAliases: config.GRAPHQL_MAX_ALIASES,
};

/** Every operation the dashboard sends, each with the fragments it spreads. */
function dashboardOperations(): Array<{ name: string; document: DocumentNode }> {
  const modules = join(root, 'apps/dashboard/src/modules');
  const definitions: DefinitionNode[] = [];
  for (const feature of readdirSync(modules)) {
    const folder = join(modules, feature, 'graphql');
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const [, text] of source.matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)) {
        definitions.push(...parse(text).definitions);
      }
    }
  }
  const fragments = new Map(
    definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const spreadIn = (node: DefinitionNode, found: Set<string>) =>
    visit(node, {
      FragmentSpread: (spread) => {
        if (found.has(spread.name.value)) return;
        found.add(spread.name.value);
        spreadIn(fragments.get(spread.name.value)!, found);
      },
    });
  return definitions
    .filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set<string>();
      spreadIn(operation, used);
      return {
        name: operation.name!.value,
        document: {
          kind: Kind.DOCUMENT,
          definitions: [operation, ...[...used].map((name) => fragments.get(name)!)],
        },
      };
    });
}

/** A value for every variable, at its costliest: every Int (so every `first`) is the largest page. */
function worstCaseValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return worstCaseValue(type.ofType);
  if (isListType(type)) return [worstCaseValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, worstCaseValue(field.type)]),
    );
  }
  if (type.name === 'Int') return MAX_PAGE_SIZE;
  if (type.name === 'Boolean') return true;
  if (type.name === 'Float') return 1;
  return 'x';
}

function worstCaseVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      worstCaseValue(typeFromAST(schema, definition.type as never) as GraphQLInputType),
    ]),
  );
}

const operationOf = (document: DocumentNode) =>
  document.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  )!;

describe('the GraphQL operation limits', () => {
  const operations = dashboardOperations();

  it('finds the dashboard operations, valid against the committed schema', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const { name, document } of operations) {
      expect([name, validate(schema, document)]).toEqual([name, []]);
    }
  });

  it('let every dashboard operation through with room to spare, at its largest pages', () => {
    const report = operations.map(({ name, document }) => {
      const operation = operationOf(document);
      const variables = worstCaseVariables(operation);
      return {
        name,
        exceeded: exceededLimit(schema, document, operation, variables, defaults),
        cost: operationCost(schema, document, operation, variables),
        halfLimits: exceededLimit(schema, document, operation, variables, {
          maxDepth: Math.floor(defaults.maxDepth / 1.5),
          maxCost: Math.floor(defaults.maxCost / 2),
          maxAliases: Math.floor(defaults.maxAliases / 2),
        }),
      };
    });
    expect(report.filter((entry) => entry.exceeded || entry.halfLimits)).toEqual([]);
  });

  const measure = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return {
      cost: operationCost(schema, document, operationOf(document), variables),
      exceeded: exceededLimit(schema, document, operationOf(document), variables, defaults),
    };
  };

  it('multiplies a page by its first argument, the default page size without one, and other lists by five', () => {
    const page = 'query P($first: Int) { sellerEntities(first: $first) { edges { node { id } } } }';
    // node: 1 + id 1; edges: 1 + node; the connection: 1 + page size × edges.
    expect(measure(page, { first: 10 }).cost).toBe(1 + 10 * 3);
    expect(measure(page).cost).toBe(1 + 20 * 3);
    expect(measure(page, { first: 100 }).cost).toBe(1 + 100 * 3);
    const withStores = '{ sellerEntities(first: 10) { edges { node { stores { id } } } } }';
    expect(measure(withStores).cost).toBe(1 + 10 * (1 + (1 + (1 + 5 * 1))));
  });

  it('prices by the variables given as a page size or to a directive, and by no other', () => {
    const query = `query Q($first: Int, $id: ID!, $after: String, $more: Boolean!) {
      sellerEntity(id: $id) { id }
      sellerEntities(first: $first, after: $after) { edges { node { id ...Extra } } } }
      fragment Extra on SellerEntity { legalName @include(if: $more) }`;
    expect(costVariables(parse(query))).toEqual(['first', 'more']);
    const price = measure(query, { first: 10, id: 'a', after: 'x', more: true }).cost;
    expect(measure(query, { first: 10, id: 'b', after: null, more: true }).cost).toBe(price);
    expect(measure(query, { first: 11, id: 'a', more: true }).cost).toBeGreaterThan(price!);
    expect(measure(query, { first: 10, id: 'a', more: false }).cost).toBeLessThan(price!);
  });

  it("leaves every dashboard operation's price unchanged without its other variables", () => {
    const changed = operations.flatMap(({ name, document }) => {
      const operation = operationOf(document);
      const worst = worstCaseVariables(operation);
      const priced = new Set(costVariables(document));
      // Every variable the price does not depend on, left out where the operation allows it.
      const fewer = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter(
            (definition) =>
              priced.has(definition.variable.name.value) ||
              definition.type.kind === Kind.NON_NULL_TYPE,
          )
          .map((definition) => [
            definition.variable.name.value,
            worst[definition.variable.name.value],
          ]),
      );
      const before = operationCost(schema, document, operation, worst);
      const after = operationCost(schema, document, operation, fewer);
      return before === after ? [] : [{ name, before, after }];
    });
    expect(changed).toEqual([]);
  });

  it('names the limit a hostile operation exceeds', () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'id' : `sellerEntity { stores { ${nested(levels - 1)} } }`;
    const deep = `{ sellerEntities(first: 1) { edges { node { ${nested(defaults.maxDepth)} } } } }`;
    expect(measure(deep).exceeded).toMatchObject({
      limit: 'depth',
      maximum: defaults.maxDepth,
    });
    const aliased = Array.from({ length: defaults.maxAliases + 1 }, (_, i) => `a${i}: me { role }`);
    expect(measure(`{ ${aliased.join(' ')} }`).exceeded).toMatchObject({
      limit: 'aliases',
      maximum: defaults.maxAliases,
      actual: defaults.maxAliases + 1,
    });
    const wide = `{ sellerEntities(first: 100) { edges { node { verificationCases { affectedStores {
      sellerEntity { verificationCases { affectedStores { id shopName site status } } } } } } } } }`;
    expect(measure(wide).exceeded).toMatchObject({ limit: 'cost', maximum: defaults.maxCost });
  });

  it('tells introspection from a query for data', () => {
    expect(introspects(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(introspects(parse('{ __type(name: "Store") { name } }'))).toBe(true);
    expect(introspects(parse('{ me { __typename role } }'))).toBe(false);
  });
});
