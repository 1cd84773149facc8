import type { Core } from '@strapi/strapi';

import { UIDS, type NewsroomUid } from '../../../shared/domain';
import { rowCounts } from '../faults/evidence';
import { faultPausePoint } from '../faults/pause-point';
import { getService } from '../utils/get-service';

type Row = Record<string, unknown>;
const ids = (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((row) => String((row as Row).documentId)) : [];

/**
 * Publishing a release in one locale, with everything it shows: its quotes and deployments, and
 * the people and organisations they link to that are not published yet in that locale. One
 * transaction: all of it is public, or nothing changes.
 */
const releasePublication = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Those of `documentIds` with no published version in `locale`. */
  const unpublished = async (uid: NewsroomUid, documentIds: string[], locale: string): Promise<string[]> => {
    if (documentIds.length === 0) return [];
    const published = (await strapi.db.query(uid).findMany({
      where: { documentId: { $in: documentIds }, locale, publishedAt: { $notNull: true } },
      select: ['documentId'],
    })) as Row[];
    const done = new Set(ids(published));
    return documentIds.filter((documentId) => !done.has(documentId));
  };

  const publishAll = async (uid: NewsroomUid, documentIds: Iterable<string>, locale: string): Promise<void> => {
    for (const documentId of new Set(documentIds)) await strapi.documents(uid).publish({ documentId, locale } as never);
  };

  return {
    async publish(documentId: string, locale: string): Promise<void> {
      await strapi.db.transaction(async () => {
        await getService(strapi, 'composer').draft(documentId, locale);
        const release = (await strapi.db.query(UIDS.release).findOne({
          where: { documentId, locale, publishedAt: null },
          select: ['id'],
          populate: {
            quotes: {
              select: ['documentId'],
              populate: { speaker: { select: ['documentId'], populate: { organisation: { select: ['documentId'] } } } },
            },
            deployments: { select: ['documentId'] },
            people: { select: ['documentId'], populate: { organisation: { select: ['documentId'] } } },
            organisations: { select: ['documentId'] },
          },
        })) as Row & { quotes?: Row[]; deployments?: Row[]; people?: Row[]; organisations?: Row[] };

        const people = [
          ...(release.quotes ?? []).map((quote) => quote.speaker as Row | null),
          ...(release.people ?? []),
        ].filter((person): person is Row => Boolean(person));
        const organisations = [
          ...ids(release.organisations),
          ...ids(people.map((person) => person.organisation).filter(Boolean)),
        ];
        await publishAll(
          UIDS.organisation,
          await unpublished(UIDS.organisation, [...new Set(organisations)], locale),
          locale,
        );
        await publishAll(UIDS.person, await unpublished(UIDS.person, [...new Set(ids(people))], locale), locale);
        await publishAll(UIDS.deployment, ids(release.deployments), locale);
        await publishAll(UIDS.quote, ids(release.quotes), locale);
        await faultPausePoint(strapi, 'publish', rowCounts(strapi, { locale, publishedAt: { $notNull: true } }));
        await strapi.documents(UIDS.release).publish({ documentId, locale } as never);
      });
    },

    /** Withdraws the release in this locale; its quotes and deployments stay as they are (others may report them). */
    async unpublish(documentId: string, locale: string): Promise<void> {
      await strapi.db.transaction(async () => {
        await getService(strapi, 'composer').draft(documentId, locale);
        await strapi.documents(UIDS.release).unpublish({ documentId, locale } as never);
      });
    },
  };
};

export type ReleasePublicationService = ReturnType<typeof releasePublication>;
export default releasePublication;
