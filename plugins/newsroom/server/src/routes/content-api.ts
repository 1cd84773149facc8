/**
 * Public, read-only routes under /api/newsroom. `auth: false`: published content is public in
 * any app that installs the plugin, with no role to configure; every handler reads published
 * rows only, so there is nothing else to guard.
 */
const publicGet = (path: string, handler: string) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const, policies: [] },
});

export default {
  type: 'content-api',
  routes: [
    publicGet('/releases', 'releases.find'),
    publicGet('/releases/:slug', 'releases.findOne'),
    publicGet('/releases/:slug/ninjs', 'formats.ninjs'),
    publicGet('/releases/:slug/jsonld', 'formats.jsonld'),
    publicGet('/quotes', 'references.quotes'),
    publicGet('/deployments', 'references.deployments'),
    publicGet('/feeds/:locale/rss.xml', 'feeds.rss'),
    publicGet('/feeds/:locale/atom.xml', 'feeds.atom'),
    publicGet('/feeds/:locale/feed.json', 'feeds.json'),
    publicGet('/sitemap.xml', 'feeds.sitemap'),
    // Readiness for load balancers (database answers, not shutting down); /_health is liveness.
    publicGet('/ready', 'readiness.ready'),
  ],
};
