import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Core } from '@strapi/strapi';
import type { ValidationRule } from 'graphql';

import type { NewsroomConfig } from '../config/schema';
import { queryCostPlugin } from './query-cost';
import { refusedDocumentRule } from './refused-documents';

/** The part of @strapi/plugin-graphql's config we read and extend (`config/plugins.ts` -> graphql.config). */
interface GraphqlPluginConfig {
  defaultLimit?: number;
  maxLimit?: number;
  apolloServer?: ApolloOptions;
}

/** Apollo Server options the limits set; Strapi merges `apolloServer` into its own (arrays concatenated). */
interface ApolloOptions {
  introspection?: boolean;
  hideSchemaDetailsFromClientErrors?: boolean;
  allowBatchedHttpRequests?: boolean;
  parseOptions?: { maxTokens?: number; [key: string]: unknown };
  validationRules?: ValidationRule[];
  plugins?: ApolloServerPlugin[];
  [key: string]: unknown;
}

/** What the Apollo server gets, from the newsroom's `graphql` limits and the environment. */
export const apolloLimits = (
  limits: NewsroomConfig['graphql'],
  graphql: GraphqlPluginConfig,
  production: boolean,
): ApolloOptions => {
  const fieldSuggestions = limits.fieldSuggestions ?? !production;
  const armor = new ApolloArmor({
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !fieldSuggestions },
    // Depth is the GraphQL plugin's `depthLimit`; tokens are bounded by graphql-js's own parser
    // (parseOptions below: it stops reading, and Apollo answers 400); cost counts list sizes below.
    maxDepth: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  const apollo = graphql.apolloServer ?? {};
  return {
    ...apollo,
    // The app's own Apollo settings win over the newsroom's defaults.
    introspection: apollo.introspection ?? limits.introspection ?? !production,
    hideSchemaDetailsFromClientErrors: apollo.hideSchemaDetailsFromClientErrors ?? !fieldSuggestions,
    allowBatchedHttpRequests: apollo.allowBatchedHttpRequests ?? false,
    parseOptions: { ...apollo.parseOptions, maxTokens: apollo.parseOptions?.maxTokens ?? limits.maxTokens },
    validationRules: [refusedDocumentRule, ...(apollo.validationRules ?? []), ...armor.validationRules],
    plugins: [
      ...(apollo.plugins ?? []),
      ...armor.plugins,
      queryCostPlugin({
        maxCost: limits.maxCost,
        // Strapi pages every list, relations too, with 10 items unless `defaultLimit` says otherwise.
        sizes: { defaultLimit: graphql.defaultLimit ?? 10, maxLimit: graphql.maxLimit },
      }),
    ],
  };
};

/**
 * Bounds every GraphQL request's cost (tokens, aliases, directives, fields times list sizes) and
 * turns introspection and field suggestions off in production. Runs at register, before
 * @strapi/plugin-graphql builds its Apollo server at bootstrap from `plugin::graphql.apolloServer`.
 */
export const installGraphqlLimits = (strapi: Core.Strapi, limits: NewsroomConfig['graphql']): void => {
  const graphql = strapi.config.get('plugin::graphql') as GraphqlPluginConfig | undefined;
  if (!graphql) return;
  const production = process.env.NODE_ENV === 'production';
  strapi.config.set('plugin::graphql.apolloServer', apolloLimits(limits, graphql, production));
};
