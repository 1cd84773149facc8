import { buildSchema, parse } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { listCostEstimator, listSize, UNBOUNDED_LIST_SIZE } from '../query-cost';

const schema = buildSchema(`
  input PaginationArg { limit: Int start: Int page: Int pageSize: Int }
  type Pagination { total: Int! }
  type Person { name: String quotes(pagination: PaginationArg): [Quote]! }
  type Quote { text: String speaker: Person }
  type Release { title: String tags: [String] quotes(pagination: PaginationArg): [Quote]! }
  type ReleaseEntityResponseCollection { nodes: [Release!]! pageInfo: Pagination! }
  type Query {
    releases(pagination: PaginationArg): [Release]!
    releases_connection(pagination: PaginationArg): ReleaseEntityResponseCollection
    release(id: ID): Release
  }
`);

const cost = (query: string, variables: Record<string, unknown> = {}, sizes = { defaultLimit: 25, maxLimit: 100 }) =>
  getComplexity({
    schema,
    query: parse(query),
    variables,
    estimators: [listCostEstimator(sizes), simpleEstimator({ defaultComplexity: 1 })],
  });

describe('listSize', () => {
  const sizes = { defaultLimit: 25, maxLimit: 100 };
  it('reads limit or pageSize, else the default, capped by maxLimit', () => {
    expect(listSize({}, sizes)).toBe(25);
    expect(listSize({ pagination: { limit: 7 } }, sizes)).toBe(7);
    expect(listSize({ pagination: { pageSize: 40, page: 3 } }, sizes)).toBe(40);
    expect(listSize({ pagination: { limit: 5000 } }, sizes)).toBe(100);
    expect(listSize({ pagination: { limit: -1 } }, sizes)).toBe(100);
  });

  it('assumes a large list when nothing bounds it', () => {
    expect(listSize({ pagination: { limit: -1 } }, { defaultLimit: 10, maxLimit: -1 })).toBe(UNBOUNDED_LIST_SIZE);
    expect(listSize({ pagination: { limit: 5000 } }, { defaultLimit: 10 })).toBe(5000);
  });
});

describe('listCostEstimator', () => {
  it('counts one per field outside lists', () => {
    expect(cost('{ release(id: 1) { title } }')).toBe(2);
  });

  it('multiplies what a list holds by its size', () => {
    expect(cost('{ releases { title } }')).toBe(1 + 25 * 1);
    expect(cost('{ releases(pagination: { limit: 10 }) { title quotes(pagination: { limit: 4 }) { text } } }')).toBe(
      1 + 10 * (1 + 1 + 4 * 1),
    );
  });

  it('reads sizes from variables', () => {
    const query = 'query ($n: Int) { releases(pagination: { limit: $n }) { title } }';
    expect(cost(query, { n: 3 })).toBe(4);
    expect(cost(query, { n: 100 })).toBe(101);
  });

  it('grows with every alias', () => {
    const one = cost('{ a: releases { title } }');
    expect(cost('{ a: releases { title } b: releases { title } c: releases { title } }')).toBe(3 * one);
  });

  it('counts a collection once: its nodes are the list', () => {
    expect(cost('{ releases_connection(pagination: { limit: 10 }) { nodes { title } } }')).toBe(1 + 10 * (1 + 1));
  });

  it('counts a list of scalars like a list of one field each', () => {
    expect(cost('{ release(id: 1) { tags } }')).toBe(1 + (1 + 25));
  });

  it('leaves introspection out', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
