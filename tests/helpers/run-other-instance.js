/**
 * A second Strapi instance in its own process, on the same database as the test's instance
 * (the environment is inherited). It runs one action through the Document Service and exits.
 * Usage: node run-other-instance.js <action> <json args>
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..');

const ACTIONS = {
  async 'update-and-publish'(strapi, { uid, documentId, locale, data }) {
    await strapi.documents(uid).update({ documentId, locale, data });
    await strapi.documents(uid).publish({ documentId, locale });
  },
  async unpublish(strapi, { uid, documentId, locale }) {
    await strapi.documents(uid).unpublish({ documentId, locale });
  },
};

(async () => {
  const [action, args] = process.argv.slice(2);
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  try {
    await ACTIONS[action](strapi, JSON.parse(args));
  } finally {
    await strapi.destroy();
  }
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
