import type { Core } from '@strapi/strapi';

import type { DocumentStatus } from '../../../shared/contracts/translations';
import { UIDS } from '../../../shared/domain';
import { withPartStatuses } from '../translations/release-status';
import { getService } from '../utils/get-service';

interface ReleaseRow {
  documentId: string;
  locale: string;
  quotes?: Array<{ documentId: string }>;
  deployments?: Array<{ documentId: string }>;
}

/**
 * Release statuses that count their parts: a release is as current as its least current quote or
 * deployment (those linked to its source-locale draft). Any number of releases costs a fixed
 * number of queries: their draft rows with both relations, then the statuses of every part.
 */
const releaseTranslationStatus = ({ strapi }: { strapi: Core.Strapi }) => ({
  async withParts(
    releases: DocumentStatus[],
    onlyLocales?: string[],
    knownLocales?: { codes: string[]; defaultCode: string },
  ): Promise<DocumentStatus[]> {
    if (releases.length === 0) return releases;
    const status = getService(strapi, 'translation-status');
    const rows = (await strapi.db.query(UIDS.release).findMany({
      where: { documentId: { $in: releases.map((release) => release.documentId) }, publishedAt: null },
      select: ['documentId', 'locale'],
      populate: { quotes: { select: ['documentId'] }, deployments: { select: ['documentId'] } },
    })) as ReleaseRow[];
    const sourceRow = (release: DocumentStatus) =>
      rows.find((row) => row.documentId === release.documentId && row.locale === release.sourceLocale);
    const ids = (key: 'quotes' | 'deployments') => [
      ...new Set(releases.flatMap((release) => (sourceRow(release)?.[key] ?? []).map((part) => part.documentId))),
    ];
    const enabled = knownLocales ?? (await getService(strapi, 'locales').enabled());
    const [quotes, deployments] = await Promise.all([
      status.statusOf(UIDS.quote, ids('quotes'), onlyLocales, enabled),
      status.statusOf(UIDS.deployment, ids('deployments'), onlyLocales, enabled),
    ]);
    return releases.map((release) => {
      const row = sourceRow(release);
      const of = (list: DocumentStatus[], key: 'quotes' | 'deployments') =>
        (row?.[key] ?? []).flatMap((part) => list.filter((doc) => doc.documentId === part.documentId));
      return withPartStatuses(release, [
        ...of(quotes, 'quotes').map((doc) => ({ type: 'quote' as const, status: doc })),
        ...of(deployments, 'deployments').map((doc) => ({ type: 'deployment' as const, status: doc })),
      ]);
    });
  },

  /** Status of releases in every enabled (or the given) locale, parts counted. */
  async statusOf(documentIds: string[], onlyLocales?: string[]): Promise<DocumentStatus[]> {
    const enabled = await getService(strapi, 'locales').enabled();
    const releases = await getService(strapi, 'translation-status').statusOf(UIDS.release, documentIds, onlyLocales, enabled);
    return this.withParts(releases, onlyLocales, enabled);
  },
});

export type ReleaseTranslationStatusService = ReturnType<typeof releaseTranslationStatus>;
export default releaseTranslationStatus;
