/**
 * Public, read-only routes under /api/newsroom. `auth: false`: published content is public in
 * any app that installs the plugin, with no role to configure; the handlers pin every read to
 * published versions, so there is nothing else to guard.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/releases',
      handler: 'releases.find',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/releases/:slug',
      handler: 'releases.findOne',
      config: { auth: false, policies: [] },
    },
  ],
};
