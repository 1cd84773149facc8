/**
 * The browser tests' server process (started by server.ts, its own process group): the built app,
 * as `strapi start` runs it, admin panel included. Exits when the jest process that started it
 * is gone, so an interrupted run leaves no server behind.
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..', '..');

const parent = Number(process.env.NEWSROOM_BROWSER_PARENT_PID || 0);
if (parent) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      console.error(`[browser tests] parent process ${parent} is gone: stopping`);
      process.exit(0);
    }
  }, 1000).unref();
}
const app = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false });

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
