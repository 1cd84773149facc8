import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UIDS } from '../../../shared/domain';
import { getService } from '../utils/get-service';

type Resolve = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type Middleware = (resolve: Resolve, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

interface ContentTypeInfo {
  info: { singularName: string; pluralName: string };
  attributes: Record<string, { type: string; target?: string; private?: boolean }>;
}

interface ExtensionService {
  shadowCRUD(uid: string): { disableMutations(): unknown; field(name: string): { disable(): unknown } };
  use(extension: () => { resolversConfig: Record<string, { auth?: false; middlewares?: Middleware[] }> }): unknown;
}

const pascal = (value: string) => value.replace(/(^|[-_])(\w)/g, (_match, _sep, char: string) => char.toUpperCase());

/**
 * Reads only, published only: forces `status: 'published'` whatever the query says, and refuses
 * a locale that is not enabled (the REST API's 400, as a GraphQL BAD_USER_INPUT error).
 */
const publishedOnly =
  (strapi: Core.Strapi): Middleware =>
  async (resolve, parent, args, context, info) => {
    if (typeof args.locale === 'string' && args.locale !== '*') {
      const { codes } = await getService(strapi, 'locales').enabled();
      if (!codes.includes(args.locale)) {
        throw new errors.ValidationError(`Locale "${args.locale}" is not enabled (enabled: ${codes.join(', ')})`);
      }
    }
    return resolve(parent, { ...args, status: 'published' }, context, info);
  };

/**
 * When @strapi/plugin-graphql is installed, the newsroom types are public and read-only there:
 * no mutations, no private fields, every query and relation pinned to published documents.
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as unknown as ExtensionService;
  const resolversConfig: Record<string, { auth?: false; middlewares?: Middleware[] }> = {};

  for (const uid of Object.values(UIDS)) {
    const contentType = strapi.contentType(uid) as unknown as ContentTypeInfo;
    const type = `Newsroom${pascal(contentType.info.singularName)}`;
    const plural = `newsroom${pascal(contentType.info.pluralName)}`;
    extension.shadowCRUD(uid).disableMutations();
    for (const [name, attribute] of Object.entries(contentType.attributes)) {
      if (attribute.private) extension.shadowCRUD(uid).field(name).disable();
      // Nested relations would inherit the status the client sent with the root query.
      if (attribute.type === 'relation') {
        resolversConfig[`${type}.${name}`] = { auth: false, middlewares: [publishedOnly(strapi)] };
      }
    }
    for (const query of [`newsroom${pascal(contentType.info.singularName)}`, plural, `${plural}_connection`]) {
      resolversConfig[`Query.${query}`] = { auth: false, middlewares: [publishedOnly(strapi)] };
    }
  }
  extension.use(() => ({ resolversConfig }));
};
