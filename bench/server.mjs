/**
 * The app under test, in its own process so that its CPU time can be read from /proc: Strapi in
 * production mode (NODE_ENV and the database come from the environment bench/run.mjs sets),
 * without the admin panel. NEWSROOM_MEMORY_CACHE_BYTES=0 (set by processes.mjs for the "cache off"
 * server) turns the newsroom's in-memory response cache off, so every request renders.
 * NEWSROOM_BENCH_STOCK_API=true (read by src/bench/stock-api.ts) routes Strapi's stock REST API
 * for releases; here the Public role is granted its actions, as an admin would in
 * Settings > Users & Permissions > Public.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const app = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
await app.load();
if (process.env.NEWSROOM_BENCH_STOCK_API === 'true') {
  const { STOCK_PUBLIC_ACTIONS } = require(path.join(ROOT, 'dist', 'src', 'bench', 'stock-api.js'));
  const role = await app.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const permissions = app.db.query('plugin::users-permissions.permission');
  for (const action of STOCK_PUBLIC_ACTIONS) {
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
}
await app.listen();

const stop = async () => {
  await app.destroy().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
