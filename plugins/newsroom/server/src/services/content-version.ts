import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const TABLE = 'newsroom_content_versions';
const SCOPE = 'content';

export interface ContentVersion {
  version: number;
  /** When the newsroom's published content last changed (epoch ms). */
  changedAt: number;
}

/**
 * A counter in the database that every write to newsroom content (and to locales) bumps, in the
 * same transaction as the write. HTTP validators (ETag, Last-Modified) and each instance's
 * response cache are keyed by it, so every instance behind one database agrees on what is
 * current: nothing is trusted from one process's memory alone.
 */
const contentVersion = ({ strapi }: { strapi: Core.Strapi }) => ({
  TABLE,

  /** Creates the table and its row when missing; run it under `onceAcrossInstances`. */
  async ensureTable(knex: Knex.Transaction): Promise<void> {
    if (!(await knex.schema.hasTable(TABLE))) {
      await knex.schema.createTable(TABLE, (table) => {
        table.string('scope', 32).primary();
        table.bigInteger('version').notNullable();
        table.bigInteger('changed_at').notNullable();
      });
    }
    await knex(TABLE)
      .insert({ scope: SCOPE, version: 1, changed_at: Date.now() })
      .onConflict('scope')
      .ignore();
  },

  async current(): Promise<ContentVersion> {
    const row = (await strapi.db.connection(TABLE).where({ scope: SCOPE }).first('version', 'changed_at')) as
      | { version: number | string; changed_at: number | string }
      | undefined;
    return row ? { version: Number(row.version), changedAt: Number(row.changed_at) } : { version: 0, changedAt: 0 };
  },

  /** Bumps the version inside the caller's transaction when there is one. */
  async bump(): Promise<void> {
    await strapi.db.transaction(async ({ trx }) => {
      await trx(TABLE)
        .where({ scope: SCOPE })
        .update({ version: trx.raw('version + 1'), changed_at: Date.now() });
    });
  },
});

export type ContentVersionService = ReturnType<typeof contentVersion>;
export default contentVersion;
