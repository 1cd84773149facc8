import type { Core } from '@strapi/strapi';

import { registerDocumentMiddlewares } from './middlewares';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  registerDocumentMiddlewares(strapi);
};

export default register;
