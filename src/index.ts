import type { Core } from '@strapi/strapi';

import { registerStockApi } from './bench/stock-api';
import { ensureSuperAdmin } from './demo/admin-user';
import { seedDemo } from './demo/seed';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';
import { assertSafeProductionSettings } from './security/production-settings';
import { applyPublicRegistrationSetting } from './security/public-registration';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // NODE_ENV=production with a placeholder, missing or short secret: refuse to start, naming it.
    assertSafeProductionSettings(process.env);
    installGracefulShutdown(strapi, {
      delayMs: Number(process.env.NEWSROOM_SHUTDOWN_DELAY_MS ?? 0),
      idleGraceMs: Number(process.env.NEWSROOM_SHUTDOWN_IDLE_GRACE_MS ?? 1000),
      timeoutMs: Number(process.env.NEWSROOM_SHUTDOWN_TIMEOUT_MS ?? 30000),
    });
    registerStockApi(strapi); // benchmark only: inert unless NEWSROOM_BENCH_STOCK_API=true
  },

  /**
   * `npm run newsroom` sets NEWSROOM_SEED_DEMO=true and the admin credentials it printed;
   * a plain `strapi start` does neither.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await applyPublicRegistrationSetting(strapi, process.env.USERS_PUBLIC_REGISTRATION === 'true');
    if (process.env.NEWSROOM_SEED_DEMO === 'true') {
      await seedDemo(strapi);
    }
    const email = process.env.NEWSROOM_ADMIN_EMAIL;
    const password = process.env.NEWSROOM_ADMIN_PASSWORD;
    if (email && password && (await ensureSuperAdmin(strapi, { email, password }))) {
      strapi.log.info(`[newsroom] created the admin user ${email}`);
    }
  },
};
