import type { Core } from '@strapi/strapi';

import { UIDS, type NewsroomUid } from '../../plugins/newsroom/shared/domain';
import { seedDemo } from '../../src/demo/seed';
import { documents, RELEASE_UID, releaseData } from './fixtures';

/** Every secret below carries this marker: no public answer may contain it. */
export const SECRET = 'ZZSECRET';

type Uid = NewsroomUid;

const firstPublished = async (strapi: Core.Strapi, uid: Uid, where: Record<string, unknown> = {}) =>
  (await strapi.db.query(uid).findOne({ where: { locale: 'en', publishedAt: { $notNull: true }, ...where } })) as {
    documentId: string;
  };

const editDraft = (strapi: Core.Strapi, uid: Uid, documentId: string, data: Record<string, unknown>) =>
  strapi.documents(uid).update({ documentId, locale: 'en', data } as never);

/**
 * The demo release plus one secret of every kind the public API must never show: a release
 * never published, a locale never published, newer unpublished edits of published documents of
 * every type, an unpublished quote of a published release, and a private field.
 */
export const seedSecrets = async (strapi: Core.Strapi): Promise<void> => {
  await seedDemo(strapi);
  const releases = documents(strapi, RELEASE_UID);
  await releases.create({ locale: 'en', data: releaseData(`${SECRET} never published release`, { summary: `${SECRET} draft summary` }) });

  const open = await releases.create({
    locale: 'en',
    status: 'published',
    data: releaseData('Ministers meet in Brussels', { internalNote: `${SECRET} private note` }),
  });
  await releases.update({ documentId: open.documentId, locale: 'fr', data: releaseData(`${SECRET} locale never published`) });
  await releases.update({ documentId: open.documentId, locale: 'en', data: { summary: `${SECRET} newer draft summary` } });

  const demo = await firstPublished(strapi, UIDS.release, { title: { $startsWith: 'NATO and EU' } });
  await editDraft(strapi, UIDS.release, demo.documentId, { title: `${SECRET} draft title of the demo`, internalNote: `${SECRET} note` });
  await editDraft(strapi, UIDS.quote, (await firstPublished(strapi, UIDS.quote, { order: 0 })).documentId, { text: `${SECRET} draft quote` });
  const unpublished = await firstPublished(strapi, UIDS.quote, { order: 2 });
  await strapi.documents(UIDS.quote).unpublish({ documentId: unpublished.documentId, locale: 'en' } as never);
  await editDraft(strapi, UIDS.quote, unpublished.documentId, { text: `${SECRET} unpublished quote` });
  await editDraft(strapi, UIDS.deployment, (await firstPublished(strapi, UIDS.deployment)).documentId, { unit: `${SECRET} draft unit` });
  await editDraft(strapi, UIDS.person, (await firstPublished(strapi, UIDS.person)).documentId, { position: `${SECRET} draft position` });
  await editDraft(strapi, UIDS.organisation, (await firstPublished(strapi, UIDS.organisation)).documentId, {
    name: `${SECRET} draft organisation`,
  });
};

/** Every slug stored for releases, drafts and unpublished locales included: what a prober would try. */
export const allSlugs = async (strapi: Core.Strapi): Promise<string[]> => {
  const rows = (await strapi.db.query(UIDS.release).findMany({ select: ['slug'] })) as Array<{ slug: string | null }>;
  return [...new Set(rows.map((row) => row.slug).filter((slug): slug is string => Boolean(slug)))];
};

/** Every documentId of a GraphQL type's content type (`NewsroomRelease` -> release), drafts included. */
export const allDocumentIds = async (strapi: Core.Strapi, typeName: string): Promise<string[]> => {
  const kind = typeName.replace(/^Newsroom/, '').replace(/EntityResponseCollection$/, '').toLowerCase();
  const uid = UIDS[kind as keyof typeof UIDS];
  if (!uid) throw new Error(`no content type known for GraphQL type ${typeName}`);
  const rows = (await strapi.db.query(uid).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
  return [...new Set(rows.map((row) => row.documentId))];
};

/** Attributes marked private in the newsroom's content types. */
export const privateAttributes = (strapi: Core.Strapi): string[] =>
  Object.values(UIDS).flatMap((uid) =>
    Object.entries((strapi.contentType(uid) as unknown as { attributes: Record<string, { private?: boolean }> }).attributes)
      .filter(([, attribute]) => attribute.private)
      .map(([name]) => name),
  );
