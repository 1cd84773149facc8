/**
 * The databases a fault test kills Strapi over: a fresh SQLite file, or a fresh database in a
 * private PostgreSQL cluster. Each can be read from outside Strapi and tells what an open
 * transaction left at the moment of a kill.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { ImportProposal, SaveImport } from '../../../plugins/newsroom/shared/contracts/dashboard';
import { ROOT } from '../../helpers/database';
import { newsroomFingerprint, postgresRows, sqliteRows, type RowReader } from './database-rows';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

export interface Target {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  rows(): Promise<RowReader>;
  /** What shows the transaction was open when the process died (PostgreSQL: a writing backend). */
  openTransaction(): Promise<string>;
  destroy(): void;
}

export const sqliteTarget = (): Target => {
  const relative = path.join('.tmp', 'faults', `kill-${process.pid}-${Date.now().toString(36)}.db`);
  const file = path.join(ROOT, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: relative },
    rows: async () => sqliteRows(file),
    async openTransaction() {
      const leftovers = ['-journal', '-wal'].filter((suffix) => fs.existsSync(file + suffix) && fs.statSync(file + suffix).size > 0);
      return leftovers.length ? `hot ${leftovers.join(', ')} file left by the kill` : 'no journal on disk yet (writes still in the page cache)';
    },
    destroy() {
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    },
  };
};

export const postgresTarget = async (): Promise<Target & { pg: PrivatePostgres }> => {
  const pg = await startPrivatePostgres();
  const database = 'newsroom_kill';
  await pg.createDatabase(database);
  return {
    client: 'postgres',
    pg,
    env: pg.env(database),
    rows: () => postgresRows(pg.client(database)),
    async openTransaction() {
      const rows = await postgresRows(pg.client(database));
      try {
        const open = await rows.query<{ state: string }>(
          'SELECT state FROM pg_stat_activity WHERE datname = ? AND backend_xid IS NOT NULL',
          [database],
        );
        return `${open.length} backend(s) in a writing transaction${open.length ? ` (${open.map((row) => row.state).join(', ')})` : ''}`;
      } finally {
        await rows.close();
      }
    },
    destroy: () => pg.destroy(),
  };
};

/** The save body an editor sends after the parser's proposal for the demo text (as the import screen does). */
export const saveBodyFrom = (proposal: ImportProposal, title: string): SaveImport.Request['body'] => ({
  locale: 'en',
  title,
  issuedAt: proposal.issuedAt ?? '2023-06-13',
  place: proposal.place,
  summary: proposal.summary,
  paragraphs: proposal.paragraphs,
  quotes: proposal.quotes.map((quote) => ({
    text: quote.text,
    speakerName: quote.speakerName ?? '',
    speakerRole: quote.speakerRole,
    personDocumentId: quote.personMatch?.documentId ?? null,
  })),
  deployments: proposal.deployments,
});

/** Every newsroom table's row count and digest, read from outside Strapi. */
export const fingerprintOf = async (target: Target) => {
  const rows = await target.rows();
  try {
    return await newsroomFingerprint(rows, target.client);
  } finally {
    await rows.close();
  }
};

/** Runs `read` on a fresh connection to the target. */
export const withRows = async <T>(target: Target, read: (rows: RowReader) => Promise<T>): Promise<T> => {
  const rows = await target.rows();
  try {
    return await read(rows);
  } finally {
    await rows.close();
  }
};
