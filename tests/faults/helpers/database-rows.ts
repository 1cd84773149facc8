/**
 * Reads a test database from outside Strapi (the process may be dead): PostgreSQL through `pg`,
 * SQLite through better-sqlite3 (opening the file rolls back a hot journal left by a killed
 * writer, as Strapi's next start would).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Client } from 'pg';

export type Row = Record<string, unknown>;

export interface RowReader {
  /** `?` placeholders on both databases. */
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const sqliteRows = (file: string): RowReader => {
  const db = new Database(file);
  return {
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
    async close() {
      db.close();
    },
  };
};

export const postgresRows = async (client: Client): Promise<RowReader> => {
  await client.connect();
  return {
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    },
    async close() {
      await client.end();
    },
  };
};

/** Every newsroom table with its row count and a digest of its rows (ordered by id where there is one). */
export const newsroomFingerprint = async (db: RowReader, client: 'sqlite' | 'postgres') => {
  const tables = (
    client === 'sqlite'
      ? await db.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'newsroom%' ORDER BY name")
      : await db.query<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'newsroom%' ORDER BY table_name",
        )
  ).map((row) => row.name);
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const table of tables) {
    const rows = await db.query(`SELECT * FROM "${table}"`);
    const lines = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
    result[table] = { rows: rows.length, digest: createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 12) };
  }
  return result;
};

export const totalRows = (fingerprint: Record<string, { rows: number }>) =>
  Object.values(fingerprint).reduce((sum, table) => sum + table.rows, 0);
