/**
 * The real app for the browser tests: built once, started once per jest run (global setup) as a
 * child process on a free port with a fresh SQLite file, the demo release and an admin user;
 * stopped by the global teardown. Test files read where it runs with `serverInfo()`.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

import { BROWSER_TMP, ROOT } from './paths';
import { TEST_ENV } from '../../helpers/test-env';

/** What the global setup hands to every test file (JSON file named by NEWSROOM_BROWSER_SERVER_INFO). */
export interface ServerInfo {
  /** e.g. http://127.0.0.1:41234 (no trailing slash); the admin is at `${baseURL}/admin`. */
  baseURL: string;
  port: number;
  pid: number;
  /** The seeded super admin (created by src/index.ts at bootstrap). */
  admin: { email: string; password: string };
  runDir: string;
  logFile: string;
  databaseFile: string;
}

export const ADMIN_CREDENTIALS = { email: 'editor@newsroom.test', password: 'Newsroom-Browser-1' };

/** Env var naming the ServerInfo JSON file; set by the global setup, inherited by test workers. */
export const SERVER_INFO_ENV = 'NEWSROOM_BROWSER_SERVER_INFO';

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
/** A timer that never keeps jest alive on its own (the teardown races it against the server's exit). */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
const envMs = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;
export const log = (message: string) => process.stdout.write(`[browser tests] ${message}\n`);

const mtime = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

const SKIP = new Set(['node_modules', '__tests__', '.tmp', '.strapi']);

/** Every file under `target` (a file or a folder), skipping dependencies and `skip`. */
const filesUnder = (target: string, skip: Set<string> = SKIP): string[] => {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((entry) => !skip.has(entry.name))
    .flatMap((entry) => filesUnder(path.join(target, entry.name), skip))
    .sort();
};

const newest = (targets: string[], skip?: Set<string>) =>
  Math.max(0, ...targets.flatMap((target) => filesUnder(target, skip)).map(mtime));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/* ------------------------------------------------------------------------------------------ */
/* Building                                                                                   */
/* ------------------------------------------------------------------------------------------ */

const PLUGIN = path.join(ROOT, 'plugins', 'newsroom');
const ADMIN_INDEX = path.join(ROOT, 'dist', 'build', 'index.html');
const ADMIN_STAMP = path.join(BROWSER_TMP, 'admin-build.json');

/** What the admin bundle is made of: the plugin's built admin, the app's admin customisation, config. */
const ADMIN_INPUTS = [
  path.join(PLUGIN, 'dist', 'admin'),
  path.join(ROOT, 'src', 'admin'),
  path.join(ROOT, 'config', 'plugins.ts'),
  path.join(ROOT, 'package-lock.json'),
];
/** Sources whose change means the admin may be stale (the plugin's admin sources reach the bundle via its build). */
const ADMIN_SOURCES = [...ADMIN_INPUTS, path.join(PLUGIN, 'admin'), path.join(PLUGIN, 'shared')];

const hashAdminInputs = () => {
  const hash = createHash('sha1');
  for (const file of ADMIN_INPUTS.flatMap((target) => filesUnder(target))) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
};

const run = (command: string, timeoutMs: number) =>
  execSync(command, {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: timeoutMs,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });

/** The plugin build, when its sources are newer than it (as the API tests' global setup does). */
const ensurePluginBuilt = () => {
  const builtAt = mtime(path.join(PLUGIN, 'dist', 'server', 'index.js'));
  if (builtAt >= newest([PLUGIN], new Set([...SKIP, 'dist']))) return false;
  log('building the newsroom plugin (npm run build:plugin)');
  run('npm run build:plugin --silent', envMs('NEWSROOM_BROWSER_PLUGIN_BUILD_TIMEOUT_MS', 5 * 60_000));
  return true;
};

/**
 * `strapi build` (tsc + the admin bundle, ~35 s and ~2 GB on 2 cores) when dist/build is missing
 * or older than what it is made of. A rebuilt plugin whose admin output did not change (a server
 * edit) does not trigger it: a content hash of the inputs, stamped after each build, decides.
 */
const ensureAdminBuilt = () => {
  const builtAt = mtime(ADMIN_INDEX);
  let hash: string | undefined;
  if (builtAt > 0) {
    if (builtAt >= newest(ADMIN_SOURCES)) return false;
    hash = hashAdminInputs();
    const stamp = fs.existsSync(ADMIN_STAMP) ? (JSON.parse(fs.readFileSync(ADMIN_STAMP, 'utf8')) as { hash?: string; builtAt?: number }) : {};
    if (stamp.hash === hash && stamp.builtAt === builtAt) return false;
  }
  log(builtAt ? 'the admin panel is older than its sources: strapi build (about 35-60 s)' : 'no admin build (dist/build): strapi build (about 35-60 s)');
  const started = Date.now();
  hash = hashAdminInputs();
  run('npx strapi build', envMs('NEWSROOM_BROWSER_ADMIN_BUILD_TIMEOUT_MS', 10 * 60_000));
  if (!fs.existsSync(ADMIN_INDEX)) throw new Error(`strapi build finished but ${path.relative(ROOT, ADMIN_INDEX)} is missing`);
  fs.writeFileSync(ADMIN_STAMP, JSON.stringify({ hash, builtAt: mtime(ADMIN_INDEX) }));
  log(`admin panel built in ${seconds(Date.now() - started)}`);
  return true;
};

/** One build at a time across concurrent browser-test runs on this checkout (a mkdir lock). */
const withBuildLock = async <T>(action: () => Promise<T>): Promise<T> => {
  const lock = path.join(BROWSER_TMP, 'build.lock');
  const owner = path.join(lock, 'pid');
  const deadline = Date.now() + envMs('NEWSROOM_BROWSER_LOCK_TIMEOUT_MS', 15 * 60_000);
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = fs.existsSync(owner) ? Number(fs.readFileSync(owner, 'utf8')) : 0;
      const stale = pid ? !alive(pid) : Date.now() - mtime(lock) > 10_000;
      if (stale) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock} (held by process ${pid || '?'})`);
      if (!told) log(`waiting for another browser-test run (process ${pid || '?'}) to finish building`);
      told = true;
      await sleep(1000);
    }
  }
  try {
    return await action();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
};

/** Plugin build if stale, admin build if stale, else the app's tsc step (what `strapi start` loads). */
export const buildApp = async () => {
  fs.mkdirSync(BROWSER_TMP, { recursive: true });
  await withBuildLock(async () => {
    ensurePluginBuilt();
    if (!ensureAdminBuilt()) {
      const { compileStrapi } = await import('@strapi/strapi');
      await compileStrapi({ appDir: ROOT }); // exits the process on type errors: run `npx tsc --noEmit`
    }
  });
};

/* ------------------------------------------------------------------------------------------ */
/* Running                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const get = (url: string, timeoutMs = 5000) =>
  new Promise<{ status: number; type: string; body: string }>((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (body.length < 4096) body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body }));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve({ status: 0, type: '', body: '' }));
  });

export const logTail = (file: string, lines = 60) => {
  if (!fs.existsSync(file)) return '(no log)';
  const text = fs.readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, ''); // no colour codes
  return text.trimEnd().split('\n').slice(-lines).join('\n');
};

/** Run folders of earlier runs whose process is gone: their database, Chromium profiles and log. */
const removeStaleRuns = () => {
  for (const entry of fs.readdirSync(BROWSER_TMP)) {
    const match = /^run-(\d+)$/.exec(entry);
    if (match && Number(match[1]) !== process.pid && !alive(Number(match[1]))) {
      fs.rmSync(path.join(BROWSER_TMP, entry), { recursive: true, force: true });
    }
  }
};

/** The variables Strapi reads, all set (even when a developer's .env has them: .env never overrides). */
const serverEnv = (port: number, databaseFile: string): NodeJS.ProcessEnv => ({
  ...process.env,
  ...TEST_ENV,
  NODE_ENV: process.env.NEWSROOM_BROWSER_NODE_ENV ?? 'production',
  PORT: String(port),
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.relative(ROOT, databaseFile),
  NEWSROOM_SEED_DEMO: 'true',
  NEWSROOM_ADMIN_EMAIL: ADMIN_CREDENTIALS.email,
  NEWSROOM_ADMIN_PASSWORD: ADMIN_CREDENTIALS.password,
  // run-app.js exits when this process dies, so a killed jest never leaves a server behind.
  NEWSROOM_BROWSER_PARENT_PID: String(process.pid),
});

interface Running {
  child: ChildProcess;
  info: ServerInfo;
  exited: Promise<void>;
}
const RUNNING = Symbol.for('newsroom.browser.server');
const registry = globalThis as unknown as { [RUNNING]?: Running };

const killGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
};

/** Starts the built app (tests/browser/helpers/run-app.js) and waits until /_health and /admin answer. */
export const startServer = async (): Promise<ServerInfo> => {
  fs.mkdirSync(BROWSER_TMP, { recursive: true });
  removeStaleRuns();
  const runDir = path.join(BROWSER_TMP, `run-${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  const port = await freePort();
  const databaseFile = path.join(runDir, 'newsroom.db');
  const logFile = path.join(runDir, 'server.log');
  const baseURL = `http://127.0.0.1:${port}`;

  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(__dirname, 'run-app.js')], {
    cwd: ROOT,
    detached: true, // its own process group: stopServer kills Strapi and anything it started
    stdio: ['ignore', out, out],
    env: serverEnv(port, databaseFile),
  });
  fs.closeSync(out);
  let exitCode: number | string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exitCode = code ?? signal;
      resolve();
    });
  });
  const pid = child.pid;
  if (!pid) throw new Error('Could not start the Strapi process');
  process.once('exit', () => killGroup(pid, 'SIGKILL'));

  const info: ServerInfo = { baseURL, port, pid, admin: ADMIN_CREDENTIALS, runDir, logFile, databaseFile };
  registry[RUNNING] = { child, info, exited };

  const fail = async (why: string) => {
    await stopServer();
    return new Error(`${why}\nStrapi's log: ${logFile}\n--- last lines ---\n${logTail(logFile)}\n------------------`);
  };

  const started = Date.now();
  const timeout = envMs('NEWSROOM_BROWSER_STARTUP_TIMEOUT_MS', 180_000);
  for (;;) {
    if (exitCode !== null) throw await fail(`Strapi exited (${exitCode}) before answering ${baseURL}/_health.`);
    if ((await get(`${baseURL}/_health`)).status === 204) break;
    if (Date.now() - started > timeout) throw await fail(`Strapi did not answer ${baseURL}/_health within ${seconds(timeout)}.`);
    await sleep(500);
  }
  const admin = await get(`${baseURL}/admin`, 30_000);
  if (admin.status !== 200 || !admin.type.includes('text/html')) {
    throw await fail(`${baseURL}/admin answered ${admin.status} (${admin.type}): is the admin built (dist/build)? Run \`npx strapi build\`.`);
  }
  log(`Strapi up at ${baseURL} in ${seconds(Date.now() - started)} (log: ${path.relative(ROOT, logFile)})`);
  return info;
};

/** Stops the server started by this process (SIGTERM to its process group, SIGKILL after 15 s). */
export const stopServer = async () => {
  const running = registry[RUNNING];
  if (!running) return;
  delete registry[RUNNING];
  const { info, exited } = running;
  killGroup(info.pid, 'SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!killed) {
    killGroup(info.pid, 'SIGKILL');
    await Promise.race([exited, sleep(5000)]);
  }
  killGroup(info.pid, 'SIGKILL'); // anything left in the group
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(info.databaseFile + suffix, { force: true });
};

/** The running server, for test files (written by the global setup). */
export const serverInfo = (): ServerInfo => {
  const file = process.env[SERVER_INFO_ENV];
  if (!file || !fs.existsSync(file)) {
    throw new Error(
      'No browser-test server: run the browser tests through jest\'s "browser" project ' +
        '(npx jest --selectProjects browser --runInBand), whose global setup starts Strapi.',
    );
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ServerInfo;
};

/** Global setup: build, start, publish the ServerInfo to test files. */
export const setUpServer = async () => {
  const started = Date.now();
  process.stdout.write('\n');
  await buildApp();
  log(`build checks done in ${seconds(Date.now() - started)}`);
  const info = await startServer();
  const file = path.join(info.runDir, 'server.json');
  fs.writeFileSync(file, JSON.stringify(info, null, 2));
  process.env[SERVER_INFO_ENV] = file;
  process.env.NEWSROOM_BROWSER_BASE_URL = info.baseURL;
};
