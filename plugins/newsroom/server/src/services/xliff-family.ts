import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import type { TranslatedUid } from '../translations/tracked-fields';

export type Doc = Record<string, unknown> & { documentId: string };

/** A release and its quotes and deployments, as documents (drafts) of the source locale; null when it has none there. */
export const releaseFamily = async (
  strapi: Core.Strapi,
  documentId: string,
  sourceLocale: string,
): Promise<Array<{ uid: TranslatedUid; doc: Doc }> | null> => {
  const release = (await strapi.documents(UIDS.release).findOne({
    documentId,
    locale: sourceLocale,
    status: 'draft',
    populate: { quotes: true, deployments: true },
  } as never)) as (Doc & { quotes?: Doc[]; deployments?: Doc[] }) | null;
  if (!release) return null;
  return [
    { uid: UIDS.release as TranslatedUid, doc: release },
    ...(release.quotes ?? []).map((doc) => ({ uid: UIDS.quote as TranslatedUid, doc })),
    ...(release.deployments ?? []).map((doc) => ({ uid: UIDS.deployment as TranslatedUid, doc })),
  ];
};

/** The draft of one document in one locale. */
export const draftOf = (strapi: Core.Strapi, uid: TranslatedUid, documentId: string, locale: string) =>
  strapi.documents(uid).findOne({ documentId, locale, status: 'draft' } as never) as Promise<Doc | null>;
