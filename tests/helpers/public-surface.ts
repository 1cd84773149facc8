import type { Core } from '@strapi/strapi';

import { PATHS } from '../../plugins/newsroom/server/src/openapi/paths';

/**
 * The plugin's public surface as the running app declares it, for tests that must cover all of
 * it, including routes and GraphQL fields added later: nothing here is a hand-written list.
 */

export interface PublicRoute {
  method: string;
  /** Koa path under /api/newsroom, e.g. `/releases/:slug/ninjs`. */
  path: string;
  /** `:name` segments of the path. */
  pathParams: string[];
  /** Query parameters its OpenAPI description declares, with their enum values when it has some. */
  queryParams: Array<{ name: string; values?: string[] }>;
}

interface OpenApiParameter {
  name: string;
  in: string;
  schema?: { enum?: readonly string[] };
}

/** Every route of the plugin's content-api table, with its parameters. Fails for an undescribed route. */
export const publicRoutes = (strapi: Core.Strapi): PublicRoute[] => {
  const table = strapi.plugin('newsroom').routes as unknown as Record<string, { routes: Array<{ method: string; path: string }> }>;
  const routes = table['content-api']?.routes ?? [];
  if (routes.length === 0) throw new Error('the newsroom plugin declares no content-api route');
  return routes.map((route) => {
    const openapiPath = `/newsroom${route.path.replace(/:(\w+)/g, '{$1}')}` as keyof typeof PATHS;
    const described = PATHS[openapiPath] as { get?: { parameters: OpenApiParameter[] } } | undefined;
    if (!described?.get) {
      throw new Error(`route ${route.method} ${route.path} has no OpenAPI description (openapi/paths.ts): its parameters are unknown`);
    }
    return {
      method: route.method,
      path: route.path,
      pathParams: [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]!),
      queryParams: described.get.parameters
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => ({ name: parameter.name, values: parameter.schema?.enum ? [...parameter.schema.enum] : undefined })),
    };
  });
};

/** `/releases/:slug` with `{ slug: 'x' }` -> `/api/newsroom/releases/x` (values URL-encoded). */
export const routeUrl = (route: PublicRoute, params: Record<string, string>, query = ''): string => {
  const path = route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} of ${route.path}`);
    return encodeURIComponent(value);
  });
  return `/api/newsroom${path}${query ? `?${query}` : ''}`;
};

export interface IntrospectedType {
  name: string;
  kind: string;
  ofType?: IntrospectedType | null;
}

export interface IntrospectedField {
  name: string;
  args: Array<{ name: string; type: IntrospectedType }>;
  type: IntrospectedType;
}

export const namedType = (type: IntrospectedType): IntrospectedType => (type.ofType ? namedType(type.ofType) : type);
export const isRequired = (type: IntrospectedType) => type.kind === 'NON_NULL';

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
export const INTROSPECTION = `{
  __schema {
    queryType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
    types { name kind fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  }
}`;

export interface IntrospectedSchema {
  queryFields: IntrospectedField[];
  types: Map<string, { name: string; kind: string; fields: IntrospectedField[] | null }>;
}

export const readSchema = (data: {
  __schema: { queryType: { fields: IntrospectedField[] }; types: Array<{ name: string; kind: string; fields: IntrospectedField[] | null }> };
}): IntrospectedSchema => ({
  queryFields: data.__schema.queryType.fields,
  types: new Map(data.__schema.types.map((type) => [type.name, type])),
});

/** Query fields that return newsroom content (a Newsroom* type or a collection of them). */
export const newsroomQueryFields = (schema: IntrospectedSchema): IntrospectedField[] =>
  schema.queryFields.filter((field) => namedType(field.type).name.startsWith('Newsroom'));

/**
 * A selection of every field of `typeName` without required arguments, objects to `depth` levels
 * (a Strapi collection's `nodes` count as the level they stand for).
 */
export const selectAll = (schema: IntrospectedSchema, typeName: string, depth: number): string => {
  const type = schema.types.get(typeName);
  const parts: string[] = [];
  for (const field of type?.fields ?? []) {
    if (field.args.some((arg) => isRequired(arg.type))) continue;
    const target = namedType(field.type);
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name);
    else if (depth > 0 && target.kind === 'OBJECT') {
      const inner = selectAll(schema, target.name, target.name.endsWith('EntityResponseCollection') ? depth : depth - 1);
      // Small pages keep the query under the GraphQL cost limit.
      const page = field.args.some((arg) => arg.name === 'pagination') ? '(pagination: { limit: 3 })' : '';
      if (inner) parts.push(`${field.name}${page} { ${inner} }`);
    }
  }
  return parts.join(' ');
};
