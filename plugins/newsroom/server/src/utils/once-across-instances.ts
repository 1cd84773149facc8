import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Runs `work` in a transaction that holds a lock named `name` for the whole database, so that
 * when several Strapi instances share one PostgreSQL it runs once at a time across all of them.
 * PostgreSQL: a transaction-scoped advisory lock. SQLite: its single writer already serialises.
 * MySQL/MariaDB: GET_LOCK held until the transaction ends.
 * `work` must run its raw queries on `trx` (the pool may hold one connection only, as on SQLite).
 */
export const onceAcrossInstances = async <T>(
  strapi: Core.Strapi,
  name: string,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> =>
  strapi.db.transaction(async ({ trx }) => {
    const client = strapi.db.dialect.client;
    if (client === 'postgres') {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`newsroom:${name}`]);
    } else if (client === 'mysql') {
      await trx.raw('SELECT GET_LOCK(?, 60)', [`newsroom:${name}`]);
      try {
        return await work(trx);
      } finally {
        await trx.raw('SELECT RELEASE_LOCK(?)', [`newsroom:${name}`]);
      }
    }
    return work(trx);
  });
