import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';

import type { Core } from '@strapi/strapi';

export interface ShutdownOptions {
  /**
   * After SIGTERM, how long to keep accepting connections while reporting not ready, so that a
   * load balancer stops routing here before the listener closes (0: close at once).
   */
  delayMs: number;
  /** How long connections that were idle at SIGTERM may still deliver a request already sent. */
  idleGraceMs: number;
  /** After this, whatever is still open is closed and the instance stops anyway. */
  timeoutMs: number;
}

interface Readiness {
  markDraining(): void;
}

/**
 * Restarts that drop nothing. Strapi 5.54's own SIGTERM/SIGINT handler (`destroyOnSignal`)
 * destroys every open connection at once, in-flight requests included, then closes the database.
 * This one, in order:
 * 1. reports not ready (GET /api/newsroom/ready answers 503); after `delayMs` (SIGTERM only;
 *    time for a load balancer to notice) stops accepting connections;
 * 2. answers every request already accepted, each response with `Connection: close`; connections
 *    idle at that moment may still deliver a request for `idleGraceMs`, then are closed;
 * 3. once no request is in flight and no connection is open (or after `timeoutMs`), runs
 *    Strapi's destroy (plugins, HTTP server, database pool) and exits 0.
 */
export const installGracefulShutdown = (strapi: Core.Strapi, options: ShutdownOptions): void => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === 'terminateStrapi') process.removeListener(signal, listener);
    }
  }

  const server = strapi.server.httpServer;
  const connections = new Set<net.Socket>();
  let inFlight = 0;
  let draining = false;
  let settle: (() => void) | undefined;

  const settled = () => inFlight === 0 && connections.size === 0;
  const checkSettled = () => {
    if (draining && settled()) settle?.();
  };

  server.on('connection', (socket: net.Socket) => {
    connections.add(socket);
    socket.on('close', () => {
      connections.delete(socket);
      checkSettled();
    });
  });
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight += 1;
    if (draining) response.setHeader('Connection', 'close');
    response.on('close', () => {
      inFlight -= 1;
      checkSettled();
    });
  });

  const shutdown = async (signal: string) => {
    if (draining) return; // signals may arrive twice (npm forwards them too)
    draining = true;
    const started = Date.now();
    const readiness = strapi.plugin('newsroom')?.service('readiness') as Readiness | undefined;
    readiness?.markDraining();
    const delayMs = signal === 'SIGTERM' ? options.delayMs : 0;
    strapi.log.info(`[shutdown] ${signal}: not ready; ${inFlight} request(s) in flight, ${connections.size} connection(s) open`);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    strapi.log.info(`[shutdown] no new connections; ${inFlight} request(s) in flight, ${connections.size} connection(s) open`);

    if (server.listening) {
      // net.Server's close stops accepting without http.Server's immediate closing of idle
      // keep-alive connections, on which a client may have a request on the way.
      net.Server.prototype.close.call(server);
    }
    const allDone = new Promise<void>((resolve) => {
      settle = resolve;
    });
    checkSettled();
    const idleClosed = setTimeout(() => server.closeIdleConnections(), options.idleGraceMs);
    let timedOut = false;
    const deadline = new Promise<void>((resolve) =>
      setTimeout(() => {
        timedOut = true;
        resolve();
      }, options.timeoutMs).unref(),
    );
    await Promise.race([allDone, deadline]);
    clearTimeout(idleClosed);
    strapi.log.info(
      timedOut
        ? `[shutdown] gave up waiting after ${options.timeoutMs} ms: ${inFlight} request(s) still in flight`
        : `[shutdown] every accepted request answered in ${Date.now() - started} ms`,
    );
    await strapi.destroy(); // plugins, HTTP server, then the database pool
    strapi.log.info('[shutdown] database pool closed, exiting');
    process.exit(timedOut ? 1 : 0);
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      shutdown(signal).catch((error: unknown) => {
        strapi.log.error(`[shutdown] failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
    });
  }
};
