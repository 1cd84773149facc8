/**
 * A real Strapi process for the fault tests: spawned on a free port against the database the
 * test gives it, seeded with the demo release and an admin user (src/index.ts does both when
 * asked), killed with SIGKILL or stopped with SIGTERM by the test.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { ROOT } from '../../helpers/database';
import { TEST_ENV } from '../../helpers/test-env';
import { freePort } from './ports';

export const FAULT_ADMIN = { email: 'faults@newsroom.test', password: 'Newsroom-Faults-1' };

export interface StrapiProcess {
  baseURL: string;
  pid: number;
  logFile: string;
  /** Resolves when the process has exited (with its code or signal). */
  exited: Promise<number | string | null>;
  log(): string;
  /** Waits until the log contains `text` (e.g. a fault pause point's line). */
  waitForLog(text: string | RegExp, timeoutMs?: number): Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<number | string | null>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export const httpGet = (url: string, timeoutMs = 5000) =>
  new Promise<number>((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });

const logDir = () => {
  const dir = path.join(ROOT, '.tmp', 'faults');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

/** Starts the compiled app and waits for /_health. `env` adds to the test environment. */
export const startStrapi = async (env: Record<string, string>, name = 'strapi'): Promise<StrapiProcess> => {
  const port = await freePort();
  const logFile = path.join(logDir(), `${name}-${process.pid}-${port}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(__dirname, 'run-strapi.js')], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ...TEST_ENV,
      NODE_ENV: 'production',
      PORT: String(port),
      NEWSROOM_SEED_DEMO: 'true',
      NEWSROOM_ADMIN_EMAIL: FAULT_ADMIN.email,
      NEWSROOM_ADMIN_PASSWORD: FAULT_ADMIN.password,
      NEWSROOM_FAULTS_PARENT_PID: String(process.pid),
      ...env,
    },
  });
  fs.closeSync(out);
  const pid = child.pid;
  if (!pid) throw new Error('Could not start Strapi');
  let exitCode: number | string | null | undefined;
  const exited = new Promise<number | string | null>((resolve) => {
    child.on('exit', (code, signal) => {
      exitCode = code ?? signal;
      resolve(exitCode);
    });
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      /* gone */
    }
  };
  // Never keeps jest alive on its own; whatever is left is killed when jest exits.
  child.unref();
  process.once('exit', () => killGroup('SIGKILL'));
  const read = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  const baseURL = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exitCode !== undefined) throw new Error(`Strapi exited (${exitCode}) before answering /_health:\n${read().slice(-3000)}`);
    if ((await httpGet(`${baseURL}/_health`)) === 204) break;
    if (Date.now() - started > 180_000) {
      killGroup('SIGKILL');
      throw new Error(`Strapi did not answer /_health within 180 s:\n${read().slice(-3000)}`);
    }
    await sleep(250);
  }
  return {
    baseURL,
    pid,
    logFile,
    exited,
    log: read,
    async waitForLog(text, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const log = read();
        const match = typeof text === 'string' ? log.split(os.EOL).find((line) => line.includes(text)) : text.exec(log)?.[0];
        if (match) return match;
        if (exitCode !== undefined) throw new Error(`Strapi exited (${exitCode}) before logging ${text}:\n${log.slice(-3000)}`);
        if (Date.now() > deadline) throw new Error(`Strapi did not log ${text} within ${timeoutMs} ms:\n${log.slice(-3000)}`);
        await sleep(50);
      }
    },
    async kill(signal = 'SIGKILL') {
      killGroup(signal);
      const code = await Promise.race([exited, sleep(15_000).then(() => undefined)]);
      if (code === undefined) {
        killGroup('SIGKILL');
        return exited;
      }
      return code;
    },
  };
};
