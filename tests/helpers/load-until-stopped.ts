import http from 'node:http';

export interface LoadCounts {
  /** Requests whose connection the server accepted (everything but ECONNREFUSED). */
  accepted: number;
  /** Accepted requests that got a complete response. */
  answered: number;
  /** Accepted requests that failed (reset, hang-up, incomplete body): must be 0. */
  failed: number;
  /** Attempts refused because the instance no longer listened (not accepted). */
  refused: number;
  /** Requests sent after the signal, and answered. */
  sentAfterSignal: number;
  /** Responses completed after the signal was sent. */
  answeredAfterSignal: number;
  statuses: Record<string, number>;
  errors: string[];
}

interface LoadOptions {
  connections: number;
  pathFor: (worker: number, request: number) => string;
  signalSentAt: () => number | undefined;
  /** A balancer's view: once true, no new request is sent (those under way complete). */
  stopped: () => boolean;
}

/**
 * Keep-alive clients, each sending requests back to back (paths from `pathFor`) until `stopped()`
 * or the server refuses a new connection, counting what happened to each request.
 */
export const loadUntilStopped = async (port: number, options: LoadOptions): Promise<LoadCounts> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const counts: LoadCounts = {
    accepted: 0,
    answered: 0,
    failed: 0,
    refused: 0,
    sentAfterSignal: 0,
    answeredAfterSignal: 0,
    statuses: {},
    errors: [],
  };
  const afterSignal = () => {
    const sent = options.signalSentAt();
    return sent !== undefined && Date.now() > sent;
  };

  const once = (path: string) =>
    new Promise<'answered' | 'refused' | 'failed'>((resolve) => {
      if (afterSignal()) counts.sentAfterSignal += 1;
      const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () => {
          const expected = Number(response.headers['content-length'] ?? bytes);
          if (!response.complete || bytes !== expected) {
            counts.errors.push(`incomplete body ${bytes}/${expected}`);
            resolve('failed');
            return;
          }
          counts.statuses[response.statusCode ?? 0] = (counts.statuses[response.statusCode ?? 0] ?? 0) + 1;
          if (afterSignal()) counts.answeredAfterSignal += 1;
          resolve('answered');
        });
        response.on('error', (error) => {
          counts.errors.push(`response: ${error.message}`);
          resolve('failed');
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') {
          resolve('refused');
          return;
        }
        const sent = options.signalSentAt();
        const when = sent === undefined ? 'before the signal' : `${Date.now() - sent} ms after the signal`;
        counts.errors.push(`${error.code ?? ''} ${error.message} (${when}, ${request.reusedSocket ? 'kept-alive' : 'new'} connection)`);
        resolve('failed');
      });
    });

  const worker = async (index: number) => {
    for (let request = 0; !options.stopped(); request += 1) {
      const outcome = await once(options.pathFor(index, request));
      if (outcome === 'refused') {
        counts.refused += 1;
        return;
      }
      counts.accepted += 1;
      counts[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => worker(index)));
  agent.destroy();
  return counts;
};

/** A load balancer's health check: polls a path every `intervalMs` until it is not 200. */
export const watchReadiness = (port: number, path: string, intervalMs: number) => {
  let notReadyAt: number | undefined;
  const check = () =>
    new Promise<void>((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path, agent: false }, (response) => {
          response.resume();
          if (response.statusCode !== 200) notReadyAt ??= Date.now();
          resolve();
        })
        .on('error', () => {
          notReadyAt ??= Date.now();
          resolve();
        });
    });
  const loop = (async () => {
    while (notReadyAt === undefined) {
      await check();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return { notReady: () => notReadyAt !== undefined, notReadyAt: () => notReadyAt, done: loop };
};
