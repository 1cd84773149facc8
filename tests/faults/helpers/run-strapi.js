/**
 * A Strapi process for the fault tests (started by strapi-process.ts in its own process group):
 * the compiled app as `strapi start` runs it, without the admin panel's static files. Exits when
 * the jest process that started it is gone, so an interrupted run leaves no server behind.
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..', '..');

const parent = Number(process.env.NEWSROOM_FAULTS_PARENT_PID || 0);
if (parent) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      console.error(`[fault tests] parent process ${parent} is gone: stopping`);
      process.exit(0);
    }
  }, 1000).unref();
}
const app = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    setTimeout(() => process.exit(0), 5000).unref();
    app.destroy().finally(() => process.exit(0));
  });
}

app.start().catch((error) => {
  console.error(error);
  process.exit(1);
});
