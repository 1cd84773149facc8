import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import type { TranslatedUid } from '../translations/tracked-fields';

type Doc = Record<string, unknown> & { documentId: string };

/**
 * Relations are per locale in Strapi 5: a new locale of a document starts with none. When an
 * import creates one, this mirrors the source locale's relations onto the documents that exist in
 * the new locale. A quote's speaker must exist there: when the person has no version in that
 * locale, one is created as a draft with the source's name (names rarely change) and position.
 */
const translationRelations = ({ strapi }: { strapi: Core.Strapi }) => {
  const existsIn = async (uid: string, documentId: string, locale: string) =>
    (await strapi.db.query(uid as typeof UIDS.person).count({ where: { documentId, locale, publishedAt: null } })) > 0;

  const personIn = async (person: Doc, locale: string): Promise<string> => {
    if (!(await existsIn(UIDS.person, person.documentId, locale))) {
      await strapi.documents(UIDS.person).update({
        documentId: person.documentId,
        locale,
        data: { name: person.name, position: person.position ?? null },
      } as never);
    }
    return person.documentId;
  };

  const keep = async (uid: string, docs: Doc[] | undefined, locale: string) => {
    const ids: string[] = [];
    for (const doc of docs ?? []) if (await existsIn(uid, doc.documentId, locale)) ids.push(doc.documentId);
    return ids;
  };

  return {
    async mirror(uid: TranslatedUid, documentId: string, sourceLocale: string, locale: string): Promise<Record<string, unknown>> {
      if (uid === UIDS.quote) {
        const quote = (await strapi.documents(UIDS.quote).findOne({
          documentId,
          locale: sourceLocale,
          status: 'draft',
          populate: { speaker: true },
        } as never)) as (Doc & { speaker?: Doc | null }) | null;
        return quote?.speaker ? { speaker: await personIn(quote.speaker, locale) } : {};
      }
      if (uid === UIDS.release) {
        const release = (await strapi.documents(UIDS.release).findOne({
          documentId,
          locale: sourceLocale,
          status: 'draft',
          populate: { quotes: true, deployments: true, people: true, organisations: true },
        } as never)) as (Doc & Record<'quotes' | 'deployments' | 'people' | 'organisations', Doc[] | undefined>) | null;
        if (!release) return {};
        return {
          quotes: await keep(UIDS.quote, release.quotes, locale),
          deployments: await keep(UIDS.deployment, release.deployments, locale),
          people: await keep(UIDS.person, release.people, locale),
          organisations: await keep(UIDS.organisation, release.organisations, locale),
        };
      }
      return {};
    },
  };
};

export type TranslationRelationsService = ReturnType<typeof translationRelations>;
export default translationRelations;
