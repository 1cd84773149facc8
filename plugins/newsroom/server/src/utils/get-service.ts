import type { Core } from '@strapi/strapi';

import type services from '../services';

type ServiceFactories = typeof services;
export type NewsroomServices = { [K in keyof ServiceFactories]: ReturnType<ServiceFactories[K]> };

/** The newsroom's services, typed by name. */
export const getService = <K extends keyof NewsroomServices>(strapi: Core.Strapi, name: K): NewsroomServices[K] =>
  strapi.plugin('newsroom').service(name) as NewsroomServices[K];
