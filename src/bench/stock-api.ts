import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';

/** Set to 'true' (the benchmark does) to expose the stock REST API below; unset, nothing happens. */
export const STOCK_API_ENV = 'NEWSROOM_BENCH_STOCK_API';

/** Content types exposed, with the core actions routed for each. */
const EXPOSED = {
  'plugin::newsroom.release': ['find', 'findOne'],
  'plugin::newsroom.quote': ['find'],
  'plugin::newsroom.deployment': ['find'],
} as const;

/** Actions the Public role needs for `/api/stock/releases?populate[quotes]=true&populate[deployments]=true`. */
export const STOCK_PUBLIC_ACTIONS = Object.entries(EXPOSED).flatMap(([uid, actions]) =>
  actions.map((action) => `${uid}.${action}`),
);

/**
 * Strapi's stock REST API for press releases (and the quotes and deployments they populate),
 * read-only, exactly as an app developer gets it from the core factories: core router,
 * controller and service per type, Users & Permissions authentication, the Public role granted
 * `find`/`findOne` in the admin (bench/server.mjs grants them). Routes:
 * `GET /api/stock/releases`, `GET /api/stock/releases/:documentId`, `GET /api/stock/quotes`,
 * `GET /api/stock/deployments`. The benchmark (bench/) compares the newsroom's public API with it
 * on the same data.
 *
 * Not `auth: false`: with no authenticated strategy the core controller sanitises as an empty
 * auth, which strips every relation from `populate`; the stock way to serve relations publicly is
 * the Public role's permissions.
 *
 * Plugin content types get no such routes by default; this is inert unless
 * NEWSROOM_BENCH_STOCK_API=true. Call it from the app's register().
 */
export const registerStockApi = (strapi: Core.Strapi): void => {
  if (process.env[STOCK_API_ENV] !== 'true') return;
  const routers: Record<string, ReturnType<typeof factories.createCoreRouter>> = {};
  for (const [uid, actions] of Object.entries(EXPOSED)) {
    // The core controller and service find each other by the content type's UID.
    strapi.get('services').set(uid, factories.createCoreService(uid as keyof typeof EXPOSED));
    strapi.get('controllers').set(uid, factories.createCoreController(uid as keyof typeof EXPOSED));
    routers[uid.split('.')[1]!] = factories.createCoreRouter(uid as keyof typeof EXPOSED, {
      prefix: '/stock',
      only: [...actions],
      // The scope the Public role is granted (else Strapi prefixes it with this API's name).
      config: Object.fromEntries(actions.map((action) => [action, { auth: { scope: [`${uid}.${action}`] } }])),
    });
  }
  strapi.get('apis').add('newsroom-bench-stock', { routes: routers });
  strapi.log.warn(`[newsroom] ${STOCK_API_ENV}=true: stock REST routes for press releases under /api/stock`);
};
