import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { newsroomTables } from '../read-model/tables';

export interface IndexDefinition {
  name: string;
  table: string;
  sql: string;
}

/**
 * Indexes the public read queries need and Strapi does not create: the published list of a
 * locale in issue order, slugs per locale, and the reverse look-ups of the link tables the
 * filters use. Partial indexes (WHERE published_at IS NOT NULL) keep them small; SQLite and
 * PostgreSQL both support them. Strapi leaves indexes it did not create alone.
 */
const indexes = ({ strapi }: { strapi: Core.Strapi }) => ({
  definitions(): IndexDefinition[] {
    const t = newsroomTables(strapi);
    const q = (name: string) => `"${name}"`;
    return [
      {
        name: 'newsroom_releases_published_list_idx',
        table: t.releases,
        sql: `(${q('locale')}, ${q('issued_at')} DESC, ${q('id')} DESC) WHERE ${q('published_at')} IS NOT NULL`,
      },
      {
        name: 'newsroom_releases_published_title_idx',
        table: t.releases,
        sql: `(${q('locale')}, ${q('title')}, ${q('id')}) WHERE ${q('published_at')} IS NOT NULL`,
      },
      {
        name: 'newsroom_releases_locale_slug_idx',
        table: t.releases,
        sql: `(${q('locale')}, ${q('slug')}, ${q('published_at')})`,
      },
      {
        name: 'newsroom_quotes_published_idx',
        table: t.quotes,
        sql: `(${q('locale')}, ${q('said_at')} DESC, ${q('id')} DESC) WHERE ${q('published_at')} IS NOT NULL`,
      },
      {
        name: 'newsroom_deployments_mission_idx',
        table: t.deployments,
        sql: `(${q('locale')}, ${q('mission')}, ${q('contributing_nation')}) WHERE ${q('published_at')} IS NOT NULL`,
      },
    ];
  },

  /** Creates the missing indexes; run it under `onceAcrossInstances`. */
  async ensure(knex: Knex.Transaction): Promise<void> {
    for (const index of this.definitions()) {
      await knex.raw(`CREATE INDEX IF NOT EXISTS "${index.name}" ON "${index.table}" ${index.sql}`);
    }
  },
});

export type IndexesService = ReturnType<typeof indexes>;
export default indexes;
