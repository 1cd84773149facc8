import { bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const indexNames = async (): Promise<string[]> => {
  const knex = app.strapi.db.connection;
  if (app.db.client === 'postgres') {
    const result = await knex.raw("SELECT indexname AS name FROM pg_indexes WHERE tablename LIKE 'newsroom_%'");
    return (result.rows as Array<{ name: string }>).map((row) => row.name);
  }
  const rows = (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'newsroom_%'")) as Array<{ name: string }>;
  return rows.map((row) => row.name);
};

describe('indexes for the public read queries', () => {
  it('are created at bootstrap, and the list query uses the list index', async () => {
    const names = await indexNames();
    const wanted = (app.strapi.plugin('newsroom').service('indexes') as { definitions(): Array<{ name: string }> })
      .definitions()
      .map((index) => index.name);
    expect(wanted.length).toBeGreaterThanOrEqual(5);
    expect(names).toEqual(expect.arrayContaining(wanted));
    // Link tables are indexed on both sides by Strapi itself.
    expect(names).toEqual(expect.arrayContaining(['newsroom_releases_deployments_lnk_fk', 'newsroom_releases_deployments_lnk_ifk']));

    if (app.db.client === 'sqlite') {
      const plan = (await app.strapi.db.connection.raw(
        "EXPLAIN QUERY PLAN SELECT id FROM newsroom_releases WHERE locale = 'en' AND published_at IS NOT NULL ORDER BY issued_at DESC, id DESC LIMIT 25",
      )) as Array<{ detail: string }>;
      expect(plan.map((row) => row.detail).join(' ')).toMatch(/newsroom_releases_published_list_idx/);
      expect(plan.map((row) => row.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('can be ensured again at every start without error', async () => {
    const knex = app.strapi.db.connection;
    await (app.strapi.plugin('newsroom').service('indexes') as { ensure(k: unknown): Promise<void> }).ensure(knex);
    expect(await indexNames()).toEqual(expect.arrayContaining(['newsroom_releases_published_list_idx']));
  });
});
