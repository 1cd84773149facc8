import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '..', '..');

export type TestDatabaseClient = 'sqlite' | 'postgres';

export const testDatabaseClient = (): TestDatabaseClient =>
  process.env.NEWSROOM_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const pgAdmin = () =>
  new Client({
    host: process.env.NEWSROOM_TEST_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.NEWSROOM_TEST_PG_PORT ?? 5432),
    user: process.env.NEWSROOM_TEST_PG_USER ?? 'postgres',
    password: process.env.NEWSROOM_TEST_PG_PASSWORD ?? '',
    database: process.env.NEWSROOM_TEST_PG_DATABASE ?? 'test',
  });

export interface TestDatabase {
  client: TestDatabaseClient;
  /** Environment that points Strapi's config/database.ts at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file: a new SQLite file, or a new PostgreSQL database. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = `newsroom_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (testDatabaseClient() === 'postgres') {
    const admin = pgAdmin();
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const conn = pgAdmin();
    return {
      client: 'postgres',
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: conn.host,
        DATABASE_PORT: String(conn.port),
        DATABASE_NAME: name,
        DATABASE_USERNAME: conn.user ?? 'postgres',
        DATABASE_PASSWORD: process.env.NEWSROOM_TEST_PG_PASSWORD ?? '',
        DATABASE_SSL: 'false',
      },
      async drop() {
        const cleanup = pgAdmin();
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const file = path.join('.tmp', 'tests', `${name}.db`);
  fs.mkdirSync(path.join(ROOT, '.tmp', 'tests'), { recursive: true });
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(ROOT, file + suffix), { force: true });
    },
  };
};
