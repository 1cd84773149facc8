import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isListType } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

import { expandedSize } from './expanded-size';
import { refusedDocument } from './refused-documents';

/** The GraphQL plugin's list sizes: `defaultLimit` when a query gives none, `maxLimit` at most. */
export interface ListSizes {
  defaultLimit: number;
  /** A positive number, or -1 / 0 / undefined for unbounded (as in @strapi/plugin-graphql). */
  maxLimit?: number;
}

/** What an unbounded list (`limit: -1` with no `maxLimit`) is assumed to hold. */
export const UNBOUNDED_LIST_SIZE = 1000;

/** Strapi 5 collection wrapper (`newsroomReleases_connection` returns one): its `nodes` are the list. */
const COLLECTION_SUFFIX = 'EntityResponseCollection';

const numberOrUndefined = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** How many items a list field may return, from its `pagination` argument (limit or pageSize). */
export const listSize = (args: Record<string, unknown>, sizes: ListSizes): number => {
  const pagination = args.pagination;
  const asked =
    pagination && typeof pagination === 'object'
      ? (numberOrUndefined((pagination as Record<string, unknown>).limit) ??
        numberOrUndefined((pagination as Record<string, unknown>).pageSize))
      : undefined;
  const max = sizes.maxLimit !== undefined && sizes.maxLimit > 0 ? sizes.maxLimit : undefined;
  const size = asked ?? sizes.defaultLimit;
  if (size < 0) return max ?? UNBOUNDED_LIST_SIZE;
  return max === undefined ? size : Math.min(size, max);
};

/**
 * graphql-query-complexity estimator: a field costs 1, a list field 1 + its size times what each
 * item costs. Introspection fields cost nothing (the schema bounds them; they are off in production).
 */
export const listCostEstimator =
  (sizes: ListSizes): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    // The collection field already multiplied by its size: its `nodes` list counts once.
    if (field.name === 'nodes' && type.name.endsWith(COLLECTION_SUFFIX)) return 1 + childComplexity;
    const isList = isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith(COLLECTION_SUFFIX);
    if (!isList) return undefined;
    return 1 + listSize(args, sizes) * Math.max(childComplexity, 1);
  };

const badRequest = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, ...extensions } });

/**
 * Apollo Server plugin: refuses a document with more fields than `maxCost` once its fragments are
 * expanded (measured in linear time, before validation), then computes the cost of the operation
 * about to run, with the request's variables, and refuses it with a 400 before execution when it
 * is over `maxCost`.
 */
export const queryCostPlugin = ({ maxCost, sizes }: { maxCost: number; sizes: ListSizes }): ApolloServerPlugin => {
  const estimators = [listCostEstimator(sizes), simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        // Before GraphQL's validation and the cost walk, both of which expand fragments at every
        // spread: a field costs at least 1, so more fields than the budget is over it.
        // (A hook cannot throw a 400: the document is swapped for a stand-in that validation refuses.)
        async validationDidStart(requestContext) {
          const size = expandedSize(requestContext.document, maxCost);
          if (size <= maxCost) return;
          const reason = Number.isFinite(size)
            ? `Query asks for more than ${maxCost} fields once its fragments are expanded: ask for fewer`
            : 'Query fragments spread each other in a cycle';
          (requestContext as { document: typeof requestContext.document }).document = refusedDocument(reason);
        },
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators,
            });
          } catch (error) {
            // Bad variables or too many nodes to evaluate: the client's fault, never a 500.
            throw badRequest(error instanceof Error ? error.message : 'Query cost could not be computed');
          }
          if (cost > maxCost) {
            throw badRequest(`Query cost ${cost} exceeds the maximum cost of ${maxCost}: ask for fewer fields or smaller pages`, {
              cost,
              maxCost,
            });
          }
        },
      };
    },
  };
};
