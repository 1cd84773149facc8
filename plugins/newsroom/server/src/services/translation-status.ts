import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { UIDS } from '../../../shared/domain';
import { json } from '../read-model/values';
import type { DocumentStatus, LocaleStatus } from '../../../shared/contracts/translations';
import { isEmptyValue, translationStatus, type TranslationRecord, type TranslationStatus } from '../translations/status';
import { trackedFields, type TranslatedUid } from '../translations/tracked-fields';
import { getService } from '../utils/get-service';
import { fingerprint, type FieldValue } from '../xliff';

const TABLE = 'newsroom_translation_states';

export type { DocumentStatus, LocaleStatus };

type Row = Record<string, unknown> & { document_id: string; locale: string; updated_at: unknown };

const ms = (value: unknown): number => {
  if (value instanceof Date) return value.getTime();
  const n = Number(value);
  return Number.isFinite(n) ? n : Date.parse(String(value)) || 0;
};
const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(ms(value)).toISOString());

const columnOf = (strapi: Core.Strapi, uid: string, field: string): string =>
  (strapi.db.metadata.get(uid) as unknown as { attributes: Record<string, { columnName?: string }> }).attributes[field]?.columnName ?? field;

const LABEL_FIELD: Record<TranslatedUid, string> = { [UIDS.release]: 'title', [UIDS.quote]: 'text', [UIDS.deployment]: 'unit' };

/**
 * Translation status of releases, quotes and deployments: for each translation, a fingerprint of
 * every localized field of the source it was made from (table newsroom_translation_states).
 * Statuses for any number of documents cost three queries: their draft rows, their records, the
 * enabled locales.
 */
const translationStatusService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  /** Raw queries in the current transaction when there is one (its own otherwise). */
  const inTransaction = <T>(work: (db: Knex.Transaction) => Promise<T>): Promise<T> =>
    strapi.db.transaction(async ({ trx }) => work(trx)) as Promise<T>;
  const tableOf = (uid: string) => (strapi.db.metadata.get(uid) as unknown as { tableName: string }).tableName;

  /** Draft rows (the working versions) of these documents in every locale, tracked fields read. */
  const draftRows = async (uid: TranslatedUid, documentIds: string[], db: Knex = knex()): Promise<Row[]> => {
    if (documentIds.length === 0) return [];
    const fields = trackedFields(strapi, uid);
    const columns = [...fields, LABEL_FIELD[uid], 'sourceLocale'].map((field) => `${columnOf(strapi, uid, field)} as ${field}`);
    return (await db(tableOf(uid))
      .whereIn('document_id', documentIds)
      .whereNull('published_at')
      .select('document_id', 'locale', 'updated_at', ...new Set(columns))) as Row[];
  };

  const valueOf = (row: Row, field: string): FieldValue | null => {
    const raw = row[field];
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'string' && (raw.startsWith('[') || raw.startsWith('{'))) return json<FieldValue>(raw, raw);
    return raw as FieldValue;
  };

  return {
    TABLE,

    async ensureTable(trx: Knex.Transaction): Promise<void> {
      if (await trx.schema.hasTable(TABLE)) return;
      await trx.schema.createTable(TABLE, (table) => {
        table.increments('id');
        table.string('content_type', 120).notNullable();
        table.string('document_id', 64).notNullable();
        table.string('locale', 20).notNullable();
        table.string('source_locale', 20).notNullable();
        table.text('fingerprints').notNullable();
        table.text('snapshot').notNullable();
        table.bigInteger('translated_at').notNullable();
        table.bigInteger('reviewed_at').nullable();
        table.unique(['content_type', 'document_id', 'locale'], { indexName: 'newsroom_translation_states_uq' });
      });
    },

    /** The locale a document is written in first: its `sourceLocale`, else the default locale. */
    async sourceLocaleOf(rows: Row[]): Promise<string> {
      const declared = rows.map((row) => row.sourceLocale).find((value) => typeof value === 'string' && value);
      return (declared as string | undefined) ?? (await getService(strapi, 'locales').defaultCode());
    },

    /**
     * Records that the `locale` translation of a document now matches the current source for
     * `fields` (all tracked fields when omitted). `fingerprints` overrides what is recorded per
     * field (an XLIFF import records the source the file was translated from).
     */
    async record(
      uid: TranslatedUid,
      documentId: string,
      locale: string,
      options: {
        fields?: string[];
        fingerprints?: Record<string, string>;
        snapshot?: Record<string, FieldValue | null>;
        reviewed?: boolean;
      } = {},
    ): Promise<void> {
      await strapi.db.transaction(async ({ trx }) => {
        const rows = await draftRows(uid, [documentId], trx);
        const sourceLocale = await this.sourceLocaleOf(rows);
        const source = rows.find((row) => row.locale === sourceLocale);
        if (!source || locale === sourceLocale) return;
        const tracked = trackedFields(strapi, uid);
        // Fields empty in the source have nothing to translate: recorded as such, whatever was written.
        const emptyInSource = tracked.filter((field) => isEmptyValue(valueOf(source, field)));
        const fields = [...new Set([...(options.fields ?? tracked), ...emptyInSource])];
        const existing = (await trx(TABLE).where({ content_type: uid, document_id: documentId, locale }).first()) as
          | { fingerprints: string; snapshot: string; reviewed_at: unknown }
          | undefined;
        const fingerprints: Record<string, string> = existing ? json(existing.fingerprints, {}) : {};
        const snapshot: Record<string, FieldValue | null> = existing ? json(existing.snapshot, {}) : {};
        for (const field of fields) {
          const value = valueOf(source, field);
          fingerprints[field] = options.fingerprints?.[field] ?? fingerprint(value);
          snapshot[field] = options.snapshot && field in options.snapshot ? (options.snapshot[field] ?? null) : value;
        }
        const now = Date.now();
        await trx(TABLE)
          .insert({
            content_type: uid,
            document_id: documentId,
            locale,
            source_locale: sourceLocale,
            fingerprints: JSON.stringify(fingerprints),
            snapshot: JSON.stringify(snapshot),
            translated_at: now,
            reviewed_at: options.reviewed ? now : (existing?.reviewed_at ?? null),
          })
          .onConflict(['content_type', 'document_id', 'locale'])
          .merge();
      });
    },

    /** What was recorded for one translation: the source fingerprint of each field it was made from. */
    async fingerprintsOf(uid: TranslatedUid, documentId: string, locale: string): Promise<Record<string, string>> {
      const row = (await inTransaction((db) => db(TABLE).where({ content_type: uid, document_id: documentId, locale }).first('fingerprints'))) as
        | { fingerprints: string }
        | undefined;
      return row ? json(row.fingerprints, {}) : {};
    },

    /**
     * Deletes the records (and the source text they keep) of a document's locales that no longer
     * exist; all of them when its source locale is gone. In the caller's transaction.
     */
    async forgetDeleted(uid: TranslatedUid, documentId: string): Promise<void> {
      await inTransaction(async (db) => {
        const rows = (await db(tableOf(uid)).where('document_id', documentId).distinct('locale')) as Array<{ locale: string }>;
        const remaining = rows.length ? rows.map((row) => row.locale) : [''];
        await db(TABLE)
          .where({ content_type: uid, document_id: documentId })
          .andWhere((where) => {
            where.whereNotIn('locale', remaining).orWhereNotIn('source_locale', remaining);
          })
          .delete();
      });
    },

    /** Deletes every record of a locale (as translation or as source) when the locale is deleted. */
    async forgetLocale(code: string): Promise<void> {
      await inTransaction((db) => db(TABLE).where('locale', code).orWhere('source_locale', code).delete());
    },

    /** Status of every document given, in every enabled (or the given) locale. */
    async statusOf(
      uid: TranslatedUid,
      documentIds: string[],
      onlyLocales?: string[],
      knownLocales?: { codes: string[]; defaultCode: string },
    ): Promise<DocumentStatus[]> {
      const fields = trackedFields(strapi, uid);
      const [rows, records, enabled] = await Promise.all([
        draftRows(uid, documentIds),
        documentIds.length
          ? (knex()(TABLE).where('content_type', uid).whereIn('document_id', documentIds).select() as Promise<Array<Record<string, unknown>>>)
          : Promise.resolve([]),
        knownLocales ?? getService(strapi, 'locales').enabled(),
      ]);
      const locales = onlyLocales ?? enabled.codes;
      return Promise.all(
        documentIds.map(async (documentId) => {
          const versions = rows.filter((row) => row.document_id === documentId);
          const sourceLocale = (versions.map((v) => v.sourceLocale).find((v) => typeof v === 'string' && v) as string) ?? enabled.defaultCode;
          const source = versions.find((row) => row.locale === sourceLocale);
          return {
            uid,
            documentId,
            sourceLocale,
            label: String(source?.[LABEL_FIELD[uid]] ?? versions[0]?.[LABEL_FIELD[uid]] ?? documentId),
            updatedAt: iso(source?.updated_at),
            locales: locales
              .filter((locale) => locale !== sourceLocale)
              .map((locale) => {
                const translation = versions.find((row) => row.locale === locale) ?? null;
                const recordRow = records.find((r) => r.document_id === documentId && r.locale === locale);
                const record: TranslationRecord | null = recordRow
                  ? { fingerprints: json(recordRow.fingerprints, {}), snapshot: json(recordRow.snapshot, {}) }
                  : null;
                const sourceValues = Object.fromEntries(fields.map((field) => [field, source ? valueOf(source, field) : null]));
                const { status, changes } = source
                  ? translationStatus({
                      fields,
                      source: sourceValues,
                      translation: translation,
                      record,
                      sourceUpdatedAt: ms(source.updated_at),
                      translationUpdatedAt: ms(translation?.updated_at),
                    })
                  : { status: translation ? ('current' as const) : ('missing' as const), changes: [] };
                return {
                  locale,
                  status,
                  changes,
                  updatedAt: iso(translation?.updated_at),
                  reviewedAt: recordRow?.reviewed_at ? iso(recordRow.reviewed_at) : null,
                };
              }),
          };
        }),
      );
    },

    /** Source documents of a type (newest first), one page, optionally only those with a given status in a locale. */
    async matrix(options: {
      uid: TranslatedUid;
      locale?: string;
      status?: TranslationStatus;
      page: number;
      pageSize: number;
    }): Promise<{ documents: DocumentStatus[]; total: number }> {
      const table = tableOf(options.uid);
      const ids = (await knex()(table)
        .whereNull('published_at')
        .groupBy('document_id')
        .select('document_id')
        .max({ updated: 'updated_at' })
        .orderBy('updated', 'desc')
        .limit(10000)) as Array<{ document_id: string }>;
      const documentIds = ids.map((row) => row.document_id);
      const locales = options.locale ? [options.locale] : undefined;
      const statuses = async (ids: string[]) =>
        options.uid === UIDS.release
          ? getService(strapi, 'release-translation-status').statusOf(ids, locales)
          : this.statusOf(options.uid, ids, locales);
      if (!options.status) {
        const page = documentIds.slice((options.page - 1) * options.pageSize, options.page * options.pageSize);
        return { documents: await statuses(page), total: documentIds.length };
      }
      const all = await statuses(documentIds);
      const matching = all.filter((doc) => doc.locales.some((entry) => entry.status === options.status));
      return {
        documents: matching.slice((options.page - 1) * options.pageSize, options.page * options.pageSize),
        total: matching.length,
      };
    },
  };
};

export type TranslationStatusService = ReturnType<typeof translationStatusService>;
export default translationStatusService;
