import type { Core } from '@strapi/strapi';

export interface Readiness {
  ready: boolean;
  /** Why not ready: the database did not answer in time, answered with an error, or the instance is stopping. */
  reason?: 'database-timeout' | 'database-error' | 'shutting-down';
  databaseMs?: number;
}

/** How long the database may take to answer `select 1` before the instance is reported not ready. */
export const READINESS_TIMEOUT_MS = 2000;

/**
 * Readiness for load balancers: ready when the database answers a trivial query within a short
 * timeout and the instance is not shutting down (the app marks that on SIGTERM, so a balancer
 * stops routing here while the requests in flight finish).
 */
const readiness = ({ strapi }: { strapi: Core.Strapi }) => {
  let draining = false;

  const pingDatabase = async (timeoutMs: number): Promise<Readiness> => {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const ping = strapi.db.connection.raw('select 1').then(
      () => 'ok' as const,
      () => 'error' as const,
    );
    try {
      const outcome = await Promise.race([ping, timeout]);
      const databaseMs = Date.now() - started;
      if (outcome === 'ok') return { ready: true, databaseMs };
      return { ready: false, reason: outcome === 'timeout' ? 'database-timeout' : 'database-error', databaseMs };
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async check(timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
      if (draining) return { ready: false, reason: 'shutting-down' };
      return pingDatabase(timeoutMs);
    },
    /** Called when the instance starts shutting down: from then on it reports not ready. */
    markDraining() {
      draining = true;
    },
  };
};

export type ReadinessService = ReturnType<typeof readiness>;
export default readiness;
