import type { Core } from '@strapi/strapi';

import type { RelationResult } from '../../../shared/contracts/translations';
import { UIDS } from '../../../shared/domain';
import type { TranslatedUid } from '../translations/tracked-fields';

type Doc = Record<string, unknown> & { documentId: string };
type Uid = (typeof UIDS)[keyof typeof UIDS];

/** Relations mirrored from the source locale, per type: field → related type. */
const RELATIONS: Partial<Record<Uid, Record<string, Uid>>> = {
  [UIDS.release]: { quotes: UIDS.quote, deployments: UIDS.deployment, people: UIDS.person, organisations: UIDS.organisation },
  [UIDS.quote]: { speaker: UIDS.person },
  [UIDS.person]: { organisation: UIDS.organisation },
};

/** What a related document copies from its source when its locale version is made: names rarely change. */
const COPIED: Partial<Record<Uid, string[]>> = {
  [UIDS.person]: ['name', 'position'],
  [UIDS.organisation]: ['name', 'shortName'],
};

const asList = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : value ? [value as Doc] : []);

/**
 * Relations are per locale in Strapi 5: a new locale of a document starts with none. After an
 * import writes a locale, this mirrors every relation of the source locale onto it, in the
 * caller's transaction: a release's quotes, deployments, people and organisations, a quote's
 * speaker, a person's organisation. A related person or organisation with no version in the
 * locale gets one (a draft, name copied from the source); a quote or deployment with none cannot
 * be linked (it needs translating): each such relation is reported. Links the locale already has
 * are kept; none is removed.
 */
const translationRelations = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: Uid) => strapi.documents(uid as typeof UIDS.release);
  const existsIn = async (uid: Uid, documentId: string, locale: string) =>
    (await strapi.db.query(uid as typeof UIDS.release).count({ where: { documentId, locale, publishedAt: null } })) > 0;
  const withRelations = (uid: Uid, documentId: string, locale: string) =>
    documents(uid).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: Object.fromEntries(Object.keys(RELATIONS[uid] ?? {}).map((field) => [field, true])),
    } as never) as Promise<Doc | null>;

  /** One import's mirroring: what it did, per relation; each document handled once. */
  const session = (sourceLocale: string, locale: string) => {
    const report: RelationResult[] = [];
    const visited = new Set<string>();

    /**
     * The relation data the `locale` version of a document needs to match its source (links it
     * lacks), making the related people and organisations it needs. For a document about to be
     * created in `locale`, merge it into the write; for an existing one, see `mirrorExisting`.
     */
    const relationData = async (uid: Uid, documentId: string): Promise<Record<string, unknown>> => {
      const relations = RELATIONS[uid];
      if (!relations || visited.has(`${uid}|${documentId}`)) return {};
      visited.add(`${uid}|${documentId}`);
      const [source, target] = await Promise.all([
        withRelations(uid, documentId, sourceLocale),
        withRelations(uid, documentId, locale),
      ]);
      if (!source) return {};
      const data: Record<string, unknown> = {};
      for (const [field, targetUid] of Object.entries(relations)) {
        const linked = asList(target?.[field]).map((doc) => doc.documentId);
        const wanted: string[] = [];
        for (const related of asList(source[field])) {
          const entry = { uid, documentId, field, targetUid, targetDocumentId: related.documentId };
          if (linked.includes(related.documentId) || (await existsIn(targetUid, related.documentId, locale))) {
            wanted.push(related.documentId);
            report.push({ ...entry, result: 'linked' });
          } else if (COPIED[targetUid]) {
            const copy = Object.fromEntries((COPIED[targetUid] ?? []).map((name) => [name, related[name] ?? null]));
            await documents(targetUid).update({ documentId: related.documentId, locale, data: copy } as never);
            wanted.push(related.documentId);
            report.push({ ...entry, result: 'created' });
          } else {
            report.push({
              ...entry,
              result: 'not-linked',
              reason: `The ${targetUid.split('.').pop()} has no "${locale}" version yet: translate it, then import again.`,
            });
          }
        }
        for (const related of wanted) await mirrorExisting(targetUid, related);
        if (!Array.isArray(source[field])) {
          if (linked.length === 0 && wanted[0]) data[field] = wanted[0];
        } else if (wanted.some((id) => !linked.includes(id))) {
          data[field] = [...new Set([...wanted, ...linked])];
        }
      }
      return data;
    };

    /** Adds the source's links to an existing `locale` version. */
    const mirrorExisting = async (uid: Uid, documentId: string): Promise<void> => {
      if (visited.has(`${uid}|${documentId}`) || !(await existsIn(uid, documentId, locale))) return;
      const data = await relationData(uid, documentId);
      if (Object.keys(data).length > 0) await documents(uid).update({ documentId, locale, data } as never);
    };

    return {
      report,
      relationData: (uid: TranslatedUid, documentId: string) => relationData(uid, documentId),
      /** Mirrors onto every given document that exists in the locale (quotes and deployments before releases). */
      async mirror(docs: Array<{ uid: TranslatedUid; documentId: string }>): Promise<void> {
        const order: Uid[] = [UIDS.deployment, UIDS.quote, UIDS.release];
        for (const uid of order) {
          for (const doc of docs.filter((candidate) => candidate.uid === uid)) await mirrorExisting(uid, doc.documentId);
        }
      },
    };
  };

  return { session };
};

export type TranslationRelationsService = ReturnType<typeof translationRelations>;
export default translationRelations;
