/**
 * One measured case: autocannon at 10 connections against one URL, after a warm-up, with the CPU
 * time the server process (and, on PostgreSQL, the database's backends) spent meanwhile, and the
 * load generator's own. Fails
 * loudly when a response has another status than the case expects or is smaller than it should be.
 */
import { createRequire } from 'node:module';

import { cpuBetween, cpuSnapshot } from './processes.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const CONNECTIONS = 10;

const fire = (url, headers, seconds) =>
  autocannon({ url, headers, connections: CONNECTIONS, duration: seconds, timeout: 30 });

/**
 * @param {{ id: string, label: string, url: string, headers?: Record<string,string>, status: number, minBytes: number }} spec
 * @param {{ duration: number, warmup: number, serverPid: number, dbPids: () => Promise<number[]> }} options
 */
export const measure = async (spec, { duration, warmup, serverPid, dbPids }) => {
  const headers = spec.headers ?? {};
  if (warmup > 0) await fire(spec.url, headers, warmup);
  const before = cpuSnapshot([serverPid]);
  const dbBefore = cpuSnapshot(await dbPids());
  const clientBefore = process.cpuUsage();
  const result = await fire(spec.url, headers, duration);
  const client = process.cpuUsage(clientBefore);
  const after = cpuSnapshot([serverPid]);
  const dbAfter = cpuSnapshot(await dbPids());

  const requests = result.requests.total;
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const unexpected = Object.entries(statuses).filter(([code]) => Number(code) !== spec.status);
  if (requests === 0 || unexpected.length > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `case ${spec.id} (${spec.label}): expected only ${spec.status}, got statuses ${JSON.stringify(statuses)}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts, ${requests} responses`,
    );
  }
  const bytes = result.throughput.total / requests;
  if (bytes < spec.minBytes) {
    throw new Error(`case ${spec.id} (${spec.label}): ${bytes.toFixed(0)} bytes per response, expected at least ${spec.minBytes}`);
  }
  const seconds = result.duration;
  const dbCpu = cpuBetween(dbBefore, dbAfter);
  return {
    id: spec.id,
    label: spec.label,
    requests,
    rps: requests / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes,
    cpuMsPerRequest: cpuBetween(before, after) / requests,
    dbCpuMsPerRequest: dbAfter.size > 0 ? dbCpu / requests : null,
    /** The load generator's own CPU (this process), on the same machine. */
    clientCpuMsPerRequest: (client.user + client.system) / 1000 / requests,
  };
};
