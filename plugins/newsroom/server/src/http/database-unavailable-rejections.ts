import type { Core } from '@strapi/strapi';

import { isDatabaseUnavailable } from './database-unavailable';

const INSTALLED = Symbol.for('newsroom.databaseUnavailableRejections');
type Registry = { [INSTALLED]?: (reason: unknown) => void };

/**
 * Keeps a database outage from killing the process. Seen in the fault suite: while PostgreSQL
 * shuts down, a connection attempt inside the driver/pool is refused ("the database system is
 * shutting down", 57P03) and its promise is rejected with nobody listening; Node's default then
 * exits the process, so every reader fails until something restarts Strapi. This listener logs
 * such a rejection and goes on (the requests that needed the database got their 503); any other
 * unhandled rejection is thrown again (unless another listener handles them), so Node's default
 * crash stays as it was for real bugs. Removed when Strapi is destroyed.
 */
export const guardDatabaseUnavailableRejections = (strapi: Core.Strapi): void => {
  const registry = process as unknown as Registry;
  if (registry[INSTALLED]) return;
  const listener = (reason: unknown) => {
    if (!isDatabaseUnavailable(reason)) {
      // Someone else (a test runner, an APM agent) handles rejections: leave this one to them.
      if (process.listenerCount('unhandledRejection') > 1) return;
      throw reason; // as Node's default would: a crash with the reason
    }
    strapi.log.warn(`[newsroom] database unavailable (unhandled in the driver, ignored): ${String((reason as Error)?.message ?? reason)}`);
  };
  registry[INSTALLED] = listener;
  process.on('unhandledRejection', listener);
};

export const removeDatabaseUnavailableRejectionGuard = (): void => {
  const registry = process as unknown as Registry;
  const listener = registry[INSTALLED];
  if (!listener) return;
  process.off('unhandledRejection', listener);
  delete registry[INSTALLED];
};
