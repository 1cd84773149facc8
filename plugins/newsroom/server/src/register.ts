import type { Core } from '@strapi/strapi';

import { registerGraphql } from './graphql/register-graphql';
import { registerDocumentMiddlewares } from './middlewares';
import { registerOpenApi } from './openapi/register-openapi';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  registerDocumentMiddlewares(strapi);
  registerGraphql(strapi);
  registerOpenApi(strapi);
};

export default register;
