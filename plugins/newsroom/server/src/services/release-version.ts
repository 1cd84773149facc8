import type { Core } from '@strapi/strapi';

import type { ConflictError, VersionChange } from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import { changesSince, versionInstant, versionOf, type VersionPart } from '../editorial/release-version';

type Row = Record<string, unknown> & { id: number };
type ReleaseRow = Row & { quotes?: Row[]; deployments?: Row[] };

/** A write based on a version of a release that is no longer current: nothing was written. */
export class VersionConflictError extends Error {
  constructor(
    readonly currentVersion: string,
    readonly changes: VersionChange[],
  ) {
    super('The release changed since you loaded it; nothing was saved. Reload it and apply your change again.');
    this.name = 'ConflictError';
  }

  body(): ConflictError {
    return {
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: this.message,
        details: { currentVersion: this.currentVersion, changes: this.changes },
      },
    };
  }
}

const editor = { select: ['firstname', 'lastname', 'username'] };
const nameOf = (row: Row): string | null => {
  const user = row.updatedBy as { firstname?: string | null; lastname?: string | null; username?: string | null } | null;
  if (!user) return null;
  return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || null;
};

const partOf = (part: VersionPart['part'], row: Row): VersionPart => ({
  part,
  documentId: String(row.documentId),
  locale: typeof row.locale === 'string' ? row.locale : null,
  published: row.publishedAt !== null && row.publishedAt !== undefined,
  createdAt: versionInstant(row.createdAt),
  updatedAt: versionInstant(row.updatedAt),
  by: nameOf(row),
  row,
});

/**
 * The version of a release editors send back with their writes (`If-Match`), and the guard that
 * makes "check the version, then write" one atomic step: the release's rows are locked (`SELECT
 * ... FOR UPDATE` on PostgreSQL and MySQL; SQLite runs one transaction at a time) before the
 * check, so of two writes based on the same version exactly one succeeds.
 */
const releaseVersion = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Every row of the release (all locales, draft and published) and of the quotes and deployments they link. */
  const parts = async (documentId: string): Promise<VersionPart[]> => {
    const releases = (await strapi.db.query(UIDS.release).findMany({
      where: { documentId },
      populate: {
        updatedBy: editor,
        people: { select: ['id'] },
        organisations: { select: ['id'] },
        quotes: { populate: { speaker: { select: ['id'] }, updatedBy: editor } },
        deployments: { populate: { updatedBy: editor } },
      },
    })) as ReleaseRow[];
    const linked = (key: 'quotes' | 'deployments') =>
      [...new Map(releases.flatMap((release) => release[key] ?? []).map((row) => [row.id, row])).values()];
    return [
      ...releases.map(({ quotes: _q, deployments: _d, ...release }) => partOf('release', release as Row)),
      ...linked('quotes').map((row) => partOf('quote', row)),
      ...linked('deployments').map((row) => partOf('deployment', row)),
    ];
  };

  /** Holds the release's rows until the transaction ends, so concurrent guarded writes queue. */
  const lock = async (trx: unknown, documentId: string): Promise<void> => {
    const client = (strapi.db.dialect as unknown as { client: string }).client;
    if (client === 'sqlite') return;
    const { tableName } = strapi.db.metadata.get(UIDS.release);
    const knex = trx as (table: string) => { where(where: object): { forUpdate(): { select(column: string): Promise<unknown> } } };
    await knex(tableName).where({ document_id: documentId }).forUpdate().select('id');
  };

  return {
    async of(documentId: string): Promise<string> {
      return versionOf(await parts(documentId));
    },

    /**
     * Runs `write` in one transaction after checking that the release is still at one of the
     * versions `ifMatch` names (null: no check; `*`: any): a VersionConflictError otherwise,
     * before anything is written. A release that does not exist is left for `write` to refuse.
     */
    async guard<T>(documentId: string, ifMatch: string[] | null, write: () => Promise<T>): Promise<T> {
      return strapi.db.transaction(async ({ trx }) => {
        await lock(trx, documentId);
        if (ifMatch && !ifMatch.includes('*')) {
          const current = await parts(documentId);
          const version = versionOf(current);
          if (current.length > 0 && !ifMatch.includes(version)) {
            throw new VersionConflictError(version, changesSince(current, ifMatch[0] ?? ''));
          }
        }
        return write();
      });
    },
  };
};

export type ReleaseVersionService = ReturnType<typeof releaseVersion>;
export default releaseVersion;
