/**
 * One fresh database per measured data set: a SQLite file under .tmp/bench/ or a PostgreSQL
 * database named newsroom_bench_<pid>_<label> (created through the `test` database, dropped at the
 * end). Each gives the environment that points Strapi's config/database.ts at it and a knex
 * configuration for the seeder and the floor server.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { ROOT } from './paths.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

export const BENCH_DIR = path.join(ROOT, '.tmp', 'bench');

const pg = {
  host: process.env.NEWSROOM_BENCH_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.NEWSROOM_BENCH_PG_PORT ?? 5432),
  user: process.env.NEWSROOM_BENCH_PG_USER ?? 'postgres',
  password: process.env.NEWSROOM_BENCH_PG_PASSWORD ?? '',
};
const pgAdminDatabase = process.env.NEWSROOM_BENCH_PG_DATABASE ?? 'test';

const pgQuery = async (sql, database = pgAdminDatabase) => {
  const client = new Client({ ...pg, database });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};

/** @param {'sqlite'|'postgres'} client @param {string} label */
export const createDatabase = async (client, label) => {
  if (client === 'postgres') {
    const name = `newsroom_bench_${process.pid}_${label}`.toLowerCase();
    await pgQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await pgQuery(`CREATE DATABASE "${name}"`);
    return {
      client,
      name,
      strapiEnv: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: pg.host,
        DATABASE_PORT: String(pg.port),
        DATABASE_NAME: name,
        DATABASE_USERNAME: pg.user,
        DATABASE_PASSWORD: pg.password,
        DATABASE_SSL: 'false',
      },
      knexConfig: { client: 'pg', connection: { ...pg, database: name }, pool: { min: 1, max: 10 } },
      /** Server process ids of this database's connections (their CPU is the database's work). */
      async backendPids() {
        const { rows } = await pgQuery(`SELECT pid FROM pg_stat_activity WHERE datname = '${name}' AND backend_type = 'client backend'`);
        return rows.map((row) => Number(row.pid));
      },
      async drop() {
        await pgQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `newsroom-bench-${label}.db`);
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  };
  remove();
  return {
    client,
    name: path.relative(ROOT, file),
    strapiEnv: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.relative(ROOT, file) },
    knexConfig: { client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true },
    async backendPids() {
      return [];
    },
    async drop() {
      remove();
    },
  };
};

/** Server versions, for the report. */
export const databaseVersions = async (clients) => {
  const versions = {};
  if (clients.includes('sqlite')) {
    const Database = require('better-sqlite3');
    const db = new Database(':memory:');
    versions.sqlite = `SQLite ${db.prepare('select sqlite_version() as v').get().v} (better-sqlite3 ${require('better-sqlite3/package.json').version})`;
    db.close();
  }
  if (clients.includes('postgres')) {
    const { rows } = await pgQuery('SHOW server_version');
    versions.postgres = `PostgreSQL ${rows[0].server_version} (pg ${require('pg/package.json').version})`;
  }
  return versions;
};
