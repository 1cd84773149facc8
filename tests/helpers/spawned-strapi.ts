import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

import { ROOT } from './database';
import { TEST_ENV } from './test-env';

/** A free TCP port on 127.0.0.1 (never a fixed one: several runs share the machine). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Fresh production secrets, as `npm run secrets` prints them. */
export const freshSecrets = (): Record<string, string> => {
  const secret = () => randomBytes(32).toString('base64');
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
  };
};

export interface SpawnedStrapi {
  process: ChildProcess;
  port: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `strapi start` (the CLI, on the compiled app) in its own process with this environment. */
export const spawnStrapi = async (env: Record<string, string>): Promise<SpawnedStrapi> => {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENV, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: child, port, output: () => output, exited };
};

const status = (port: number, urlPath: string): Promise<number> =>
  new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });

/** Waits (bounded) until the instance is ready; throws with its output if it exits or times out. */
export const waitUntilReady = async (strapi: SpawnedStrapi, timeoutMs = 120_000): Promise<void> => {
  let exited = false;
  void strapi.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    if ((await status(strapi.port, '/api/newsroom/ready')) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Strapi did not become ready (${exited ? 'it exited' : 'timeout'}):\n${strapi.output()}`);
};

/** Stops a spawned instance (SIGKILL after 30 s) and waits for it. */
export const stopStrapi = async (strapi: SpawnedStrapi | undefined): Promise<void> => {
  if (!strapi || strapi.process.exitCode !== null || strapi.process.signalCode !== null) return;
  strapi.process.kill('SIGTERM');
  const killer = setTimeout(() => strapi.process.kill('SIGKILL'), 30_000);
  await strapi.exited;
  clearTimeout(killer);
};
