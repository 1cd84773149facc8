/**
 * The servers under test, each its own process so its CPU time can be read from /proc: Strapi in
 * production mode (bench/server.mjs) and the floor (bench/floor-server.mjs). Output goes to log
 * files under .tmp/bench/.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { BENCH_DIR } from './databases.mjs';
import { ROOT } from './paths.mjs';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, every thread) a process has used, in ms; 0 once it is gone. */
export const cpuMs = (pid) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": field 3 (state) is fields[0], so utime (14) and stime (15) are [11], [12].
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
};

/** CPU ms of a set of processes, by pid. */
export const cpuSnapshot = (pids) => new Map(pids.map((pid) => [pid, cpuMs(pid)]));

/** CPU ms the processes used between two snapshots (processes started in between count in full). */
export const cpuBetween = (before, after) => {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
};

// Fresh per run: production mode refuses placeholder and short secrets.
const fresh = () => randomBytes(32).toString('base64');
export const TEST_SECRETS = {
  APP_KEYS: `${fresh()},${fresh()}`,
  API_TOKEN_SALT: fresh(),
  ADMIN_JWT_SECRET: fresh(),
  JWT_SECRET: fresh(),
  TRANSFER_TOKEN_SALT: fresh(),
  ENCRYPTION_KEY: fresh(),
};

const waitForHttp = async (url, child, timeoutMs, logFile) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${path.basename(logFile)}: the server exited (${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; see ${logFile}`);
};

/** NEWSROOM_BENCH_PROFILE=<dir>: every server writes a V8 CPU profile there when it stops. */
const profileArgs = () => {
  const dir = process.env.NEWSROOM_BENCH_PROFILE;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(ROOT, dir)}`] : [];
};

const startNode = async ({ script, env, port, name, readyPath }) => {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const logFile = path.join(BENCH_DIR, `${name}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...profileArgs(), path.join(ROOT, 'bench', script)], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const started = Date.now();
  try {
    await waitForHttp(`http://127.0.0.1:${port}${readyPath}`, child, 240_000, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    startMs: Date.now() - started,
    logFile,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
};

/** Strapi in production mode on `database`, with the stock REST routes for releases. */
export const startStrapi = ({ database, port, name, memoryCache = 'on' }) =>
  startNode({
    script: 'server.mjs',
    name,
    port,
    readyPath: '/_health',
    env: {
      ...TEST_SECRETS,
      ...database.strapiEnv,
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      NEWSROOM_BENCH_STOCK_API: 'true',
      // config/plugins.ts reads it into the newsroom's http.memoryCacheBytes (0: every request renders).
      NEWSROOM_MEMORY_CACHE_BYTES: memoryCache === 'off' ? '0' : String(64 * 1024 * 1024),
      // .env may hold a login for the demo admin: never create it in a bench database.
      NEWSROOM_ADMIN_EMAIL: '',
      NEWSROOM_ADMIN_PASSWORD: '',
      NEWSROOM_SEED_DEMO: 'false',
    },
  });

/** The bare node:http + knex server (case g). */
export const startFloor = ({ database, port, name }) =>
  startNode({
    script: 'floor-server.mjs',
    name,
    port,
    readyPath: '/?locale=en&page=1&pageSize=1',
    env: { NODE_ENV: 'production', NEWSROOM_BENCH_KNEX: JSON.stringify(database.knexConfig) },
  });
