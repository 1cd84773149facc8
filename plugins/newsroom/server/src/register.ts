import type { Core } from '@strapi/strapi';

import { installGraphqlLimits } from './graphql/query-limits';
import { registerGraphql } from './graphql/register-graphql';
import { registerDocumentMiddlewares } from './middlewares';
import { registerOpenApi } from './openapi/register-openapi';
import { getService } from './utils/get-service';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  registerDocumentMiddlewares(strapi);
  registerGraphql(strapi);
  installGraphqlLimits(strapi, getService(strapi, 'settings').get().graphql);
  registerOpenApi(strapi);
};

export default register;
