/**
 * A PRIVATE PostgreSQL cluster for the fault tests: its own data folder, port and socket folder,
 * so stopping and restarting it never touches the shared server at 127.0.0.1:5432 that other
 * tests use. initdb refuses to run as root: when this process is root, the cluster's commands
 * run as the `postgres` system user (runuser), in a folder owned by it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

import { freePort } from './ports';

const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The newest installed server binaries (initdb, pg_ctl), or NEWSROOM_FAULTS_PG_BIN. */
const binDir = (): string => {
  const configured = process.env.NEWSROOM_FAULTS_PG_BIN;
  if (configured) return configured;
  const versions = fs.existsSync(POSTGRES_ROOT)
    ? fs.readdirSync(POSTGRES_ROOT).filter((name) => fs.existsSync(path.join(POSTGRES_ROOT, name, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`No PostgreSQL server binaries under ${POSTGRES_ROOT} (set NEWSROOM_FAULTS_PG_BIN)`);
  return path.join(POSTGRES_ROOT, newest, 'bin');
};

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export interface PrivatePostgres {
  port: number;
  /** Environment for config/database.ts. */
  env(database: string): Record<string, string>;
  client(database?: string): Client;
  createDatabase(name: string): Promise<void>;
  /** pg_ctl stop: `fast` ends sessions cleanly, `immediate` is a crash (recovery at next start). */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  /** Stops the cluster (if running) and deletes its folder. */
  destroy(): void;
}

export const startPrivatePostgres = async (): Promise<PrivatePostgres> => {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-faults-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const port = await freePort();
  if (isRoot()) execFileSync('chown', ['postgres:postgres', dir]);
  fs.chmodSync(dir, 0o700);

  const run = (tool: string, args: string[]) => {
    const command = path.join(bin, tool);
    const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    try {
      execFileSync(file, argv, { stdio: 'pipe', timeout: 60_000 });
    } catch (error) {
      const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
      throw new Error(`${tool} ${args.join(' ')} failed: ${(error as Error).message}\n${tail}`);
    }
  };

  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
  const running = () => fs.existsSync(path.join(data, 'postmaster.pid'));
  start();

  const client = (database = 'postgres') =>
    new Client({ host: '127.0.0.1', port, user: 'postgres', password: '', database });

  return {
    port,
    env: (database) => ({
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: '127.0.0.1',
      DATABASE_PORT: String(port),
      DATABASE_NAME: database,
      DATABASE_USERNAME: 'postgres',
      DATABASE_PASSWORD: '',
      DATABASE_SSL: 'false',
    }),
    client,
    async createDatabase(name) {
      const admin = client();
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
    },
    stop(mode = 'fast') {
      run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    },
    start,
    destroy() {
      if (running()) {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } catch {
          /* already stopped */
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
