import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  EditorDocument,
  EditorField,
  FieldValue,
  LocaleStatus,
  TranslatedType,
  TranslationEditorData,
} from '../../../shared/contracts/translations';
import { UIDS } from '../../../shared/domain';
import { fieldValidationError } from '../middlewares/field-errors';
import { deploymentLabel, quoteLabel } from '../translations/document-labels';
import { leastCurrent } from '../translations/status';
import { trackedFields, type TranslatedUid } from '../translations/tracked-fields';
import type { FieldIssue } from '../validation/issues';
import { getService } from '../utils/get-service';

type Doc = Record<string, unknown> & { documentId: string };
type SourceRelease = Doc & { quotes?: Array<Doc & { speaker?: Doc | null }>; deployments?: Doc[] };

export interface EditorSaveInput {
  documents: Array<{ type: TranslatedType; documentId: string; fields: Record<string, FieldValue | null> }>;
}

const UID_OF: Record<TranslatedType, TranslatedUid> = { release: UIDS.release, quote: UIDS.quote, deployment: UIDS.deployment };
/** Writes in this order so a new release locale can link to its quotes and deployments. */
const WRITE_ORDER: TranslatedType[] = ['deployment', 'quote', 'release'];

/**
 * The translation editor: a release with its quotes and deployments, source beside target in one
 * locale, what changed in the source since the last translation; saves drafts in that locale
 * (never publishes) in one transaction, the Document Service recording translation fingerprints
 * (middlewares/track-translations.ts); marks the whole release reviewed.
 */
const translationEditor = ({ strapi }: { strapi: Core.Strapi }) => {
  const kindOf = (uid: TranslatedUid, field: string): EditorField['kind'] => {
    const attribute = (strapi.contentType(uid) as unknown as { attributes: Record<string, { type: string }> }).attributes[field];
    if (attribute?.type === 'blocks') return 'blocks';
    return attribute?.type === 'string' ? 'string' : 'text';
  };

  /** The release's source locale and its source version with its quotes (and speakers) and deployments. */
  const sourceFamily = async (documentId: string) => {
    const [status] = await getService(strapi, 'translation-status').statusOf(UIDS.release, [documentId]);
    const sourceLocale = status?.sourceLocale ?? (await getService(strapi, 'locales').defaultCode());
    const release = (await strapi.documents(UIDS.release).findOne({
      documentId,
      locale: sourceLocale,
      status: 'draft',
      populate: { quotes: { sort: 'order:asc', populate: { speaker: true } }, deployments: true },
    } as never)) as SourceRelease | null;
    if (!release) throw new errors.NotFoundError(`No release ${documentId} in its source locale "${sourceLocale}"`);
    return { sourceLocale, release, quotes: release.quotes ?? [], deployments: release.deployments ?? [] };
  };

  const targetsOf = async (uid: TranslatedUid, ids: string[], locale: string): Promise<Map<string, Doc>> => {
    if (ids.length === 0) return new Map();
    const docs = (await strapi.documents(uid).findMany({
      locale,
      status: 'draft',
      filters: { documentId: { $in: ids } },
      limit: ids.length,
    } as never)) as unknown as Doc[];
    return new Map(docs.map((doc) => [doc.documentId, doc]));
  };

  const documentsOf = async (
    type: TranslatedType,
    sources: Doc[],
    locale: string,
    label: (doc: Doc) => string,
  ): Promise<EditorDocument[]> => {
    const uid = UID_OF[type];
    const ids = sources.map((doc) => doc.documentId);
    const [statuses, targets] = await Promise.all([
      getService(strapi, 'translation-status').statusOf(uid, ids, [locale]),
      targetsOf(uid, ids, locale),
    ]);
    return sources.map((source) => {
      const entry: LocaleStatus | undefined = statuses.find((s) => s.documentId === source.documentId)?.locales[0];
      const target = targets.get(source.documentId);
      const changes = new Map((entry?.changes ?? []).map((change) => [change.field, change]));
      return {
        type,
        documentId: source.documentId,
        label: label(source),
        status: entry?.status ?? 'missing',
        reviewedAt: entry?.reviewedAt ?? null,
        updatedAt: entry?.updatedAt ?? null,
        fields: trackedFields(strapi, uid).map((field) => {
          const change = changes.get(field);
          return {
            field,
            kind: kindOf(uid, field),
            source: (source[field] ?? null) as FieldValue | null,
            previousSource: change ? change.previousSource : null,
            changed: Boolean(change) && Boolean(target),
            target: (target?.[field] ?? null) as FieldValue | null,
          };
        }),
      };
    });
  };

  const issuesOf = (input: EditorSaveInput, allowed: Set<string>): FieldIssue[] => {
    const issues: FieldIssue[] = [];
    input.documents.forEach((doc, index) => {
      const path = ['documents', String(index)];
      if (!allowed.has(`${doc.type}|${doc.documentId}`)) {
        issues.push({ path: [...path, 'documentId'], message: `not a ${doc.type} of this release` });
        return;
      }
      const uid = UID_OF[doc.type];
      const fields = trackedFields(strapi, uid);
      for (const [field, value] of Object.entries(doc.fields)) {
        if (!fields.includes(field)) {
          issues.push({ path: [...path, 'fields', field], message: `not a translatable field of a ${doc.type}` });
        } else if (value !== null && (kindOf(uid, field) === 'blocks') !== Array.isArray(value)) {
          issues.push({ path: [...path, 'fields', field], message: kindOf(uid, field) === 'blocks' ? 'must be rich text blocks' : 'must be text' });
        }
      }
    });
    return issues;
  };

  const existsIn = async (uid: TranslatedUid, documentId: string, locale: string) =>
    (await strapi.db.query(uid).count({ where: { documentId, locale, publishedAt: null } })) > 0;

  return {
    async load(documentId: string, locale: string): Promise<TranslationEditorData> {
      const family = await sourceFamily(documentId);
      if (locale === family.sourceLocale) {
        throw fieldValidationError([{ path: ['locale'], message: `"${locale}" is the source locale of this release` }]);
      }
      const [release, quotes, deployments] = await Promise.all([
        documentsOf('release', [family.release], locale, (doc) => String(doc.title ?? doc.documentId)),
        documentsOf('quote', family.quotes, locale, (doc) =>
          quoteLabel({ text: doc.text, speakerName: (doc as { speaker?: Doc | null }).speaker?.name }),
        ),
        documentsOf('deployment', family.deployments, locale, (doc) =>
          deploymentLabel({ mission: doc.mission, contributingNation: doc.contributingNation, unit: doc.unit }),
        ),
      ]);
      // A release is as current as its least current quote or deployment (as in the matrix).
      const own = release[0]!;
      const parts = [...quotes, ...deployments].map((part) => (part.status === 'missing' ? 'partial' : part.status));
      const status = own.status === 'missing' ? 'missing' : leastCurrent([own.status, ...parts]);
      return { documentId, sourceLocale: family.sourceLocale, locale, release: { ...own, status }, quotes, deployments };
    },

    /** Writes the given fields as drafts in `locale`, all or nothing; never publishes. */
    async save(documentId: string, locale: string, input: EditorSaveInput): Promise<TranslationEditorData> {
      const family = await sourceFamily(documentId);
      if (locale === family.sourceLocale) {
        throw fieldValidationError([{ path: ['locale'], message: `"${locale}" is the source locale of this release` }]);
      }
      const allowed = new Set([
        `release|${documentId}`,
        ...family.quotes.map((doc) => `quote|${doc.documentId}`),
        ...family.deployments.map((doc) => `deployment|${doc.documentId}`),
      ]);
      const issues = issuesOf(input, allowed);
      if (issues.length > 0) throw fieldValidationError(issues);

      const relations = getService(strapi, 'translation-relations').session(family.sourceLocale, locale);
      await strapi.db.transaction(async () => {
        const written: Array<{ uid: TranslatedUid; documentId: string }> = [];
        for (const type of WRITE_ORDER) {
          for (const doc of input.documents.filter((item) => item.type === type && Object.keys(item.fields).length > 0)) {
            const uid = UID_OF[type];
            const data: Record<string, unknown> = { ...doc.fields };
            // A new locale version is created with its relations (a quote cannot exist without its speaker).
            if (!(await existsIn(uid, doc.documentId, locale))) Object.assign(data, await relations.relationData(uid, doc.documentId));
            await strapi.documents(uid).update({ documentId: doc.documentId, locale, data } as never);
            written.push({ uid, documentId: doc.documentId });
          }
        }
        await relations.mirror(written);
      });
      return this.load(documentId, locale);
    },

    /** Marks the release, its quotes and its deployments reviewed in `locale`, where they exist there. */
    async review(documentId: string, locale: string): Promise<TranslationEditorData> {
      const family = await sourceFamily(documentId);
      const members: Array<[TranslatedUid, string]> = [
        [UIDS.release, documentId],
        ...family.quotes.map((doc): [TranslatedUid, string] => [UIDS.quote, doc.documentId]),
        ...family.deployments.map((doc): [TranslatedUid, string] => [UIDS.deployment, doc.documentId]),
      ];
      let reviewed = 0;
      await strapi.db.transaction(async () => {
        for (const [uid, id] of members) {
          if (!(await existsIn(uid, id, locale))) continue;
          await getService(strapi, 'translation-status').record(uid, id, locale, { reviewed: true });
          reviewed += 1;
        }
      });
      if (reviewed === 0) throw new errors.NotFoundError(`Release ${documentId} has no "${locale}" version to review`);
      return this.load(documentId, locale);
    },
  };
};

export type TranslationEditorService = ReturnType<typeof translationEditor>;
export default translationEditor;
