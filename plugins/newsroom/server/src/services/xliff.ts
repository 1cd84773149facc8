import type { Core } from '@strapi/strapi';

import type { ImportReport, UnitResult } from '../../../shared/contracts/translations';
import { UIDS } from '../../../shared/domain';
import { rowCounts } from '../faults/evidence';
import { faultPausePoint } from '../faults/pause-point';
import { isTranslatedUid, trackedFields, type TranslatedUid } from '../translations/tracked-fields';
import { getService } from '../utils/get-service';
import {
  exportXliff,
  fingerprint,
  parseXliff,
  XliffError,
  type ExportFile,
  type ExportUnit,
  type FieldValue,
  type ImportedUnit,
  type XliffVersion,
} from '../xliff';

export type { ImportReport, UnitResult };

type Doc = Record<string, unknown> & { documentId: string };

/** XLIFF export and import of releases with their quotes and deployments (pure work in xliff/). */
const xliff = ({ strapi }: { strapi: Core.Strapi }) => {
  const draft = (uid: TranslatedUid, documentId: string, locale: string) =>
    strapi.documents(uid).findOne({ documentId, locale, status: 'draft' } as never) as Promise<Doc | null>;

  /** The release and its quotes and deployments, as documents of the source locale. */
  const releaseFamily = async (documentId: string, sourceLocale: string) => {
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

  const hasValue = (value: unknown) =>
    value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

  return {
    /**
     * One file for these releases (with their quotes and deployments) into `locale`. Queries: one
     * per release for its family, then a fixed few per type for statuses and existing translations.
     */
    async export(options: { documentIds: string[]; locale: string; version: XliffVersion; onlyChanged?: boolean }): Promise<string> {
      const sourceLocale = await getService(strapi, 'locales').defaultCode();
      const families: Array<{ documentId: string; members: Array<{ uid: TranslatedUid; doc: Doc }> }> = [];
      for (const documentId of options.documentIds) {
        const members = await releaseFamily(documentId, sourceLocale);
        if (!members) throw new XliffError('malformed', `No release ${documentId} in the source locale ${sourceLocale}`);
        families.push({ documentId, members });
      }

      // Statuses and existing translations, per type, for every document at once.
      const byUid = new Map<TranslatedUid, string[]>();
      for (const { members } of families) {
        for (const { uid, doc } of members) byUid.set(uid, [...(byUid.get(uid) ?? []), doc.documentId]);
      }
      const statuses = new Map<string, { status: string; outdated: Set<string> }>();
      const targets = new Map<string, Doc>();
      for (const [uid, ids] of byUid) {
        const unique = [...new Set(ids)];
        for (const state of await getService(strapi, 'translation-status').statusOf(uid, unique, [options.locale])) {
          const entry = state.locales[0];
          statuses.set(`${uid}|${state.documentId}`, {
            status: entry?.status ?? 'missing',
            outdated: new Set(entry?.changes.map((change) => change.field)),
          });
        }
        const existing = (await strapi.documents(uid).findMany({
          locale: options.locale,
          status: 'draft',
          filters: { documentId: { $in: unique } },
          limit: unique.length,
        } as never)) as unknown as Doc[];
        for (const doc of existing) targets.set(`${uid}|${doc.documentId}`, doc);
      }

      const files: ExportFile[] = families.map(({ documentId, members }) => {
        const units: ExportUnit[] = [];
        for (const { uid, doc } of members) {
          const key = `${uid}|${doc.documentId}`;
          const state = statuses.get(key);
          const target = targets.get(key);
          for (const field of trackedFields(strapi, uid)) {
            if (!hasValue(doc[field])) continue;
            if (options.onlyChanged && state?.status === 'current') continue;
            if (options.onlyChanged && state?.status === 'outdated' && !state.outdated.has(field) && hasValue(target?.[field])) continue;
            units.push({
              documentUid: uid,
              documentId: doc.documentId,
              field,
              source: doc[field] as FieldValue,
              target: hasValue(target?.[field]) ? (target?.[field] as FieldValue) : null,
              note: `${uid.split('.').pop()} · ${field}`,
            });
          }
        }
        return { id: `release-${documentId}`, original: `release/${documentId}`, units };
      });
      return exportXliff({ version: options.version, sourceLanguage: sourceLocale, targetLanguage: options.locale, files });
    },

    /**
     * Applies a translated file to the `locale` drafts (never publishes), in one transaction.
     * With `documentId`, every unit must belong to that release, its quotes or its deployments.
     */
    async import(options: { xml: string | Buffer; locale: string; documentId?: string; maxBytes?: number }): Promise<ImportReport> {
      const parsed = parseXliff(options.xml, { targetLanguage: options.locale, maxBytes: options.maxBytes });
      const sourceLocale = await getService(strapi, 'locales').defaultCode();
      const report: ImportReport = {
        locale: options.locale,
        version: parsed.version,
        units: parsed.unknownIds.map((id) => ({ id, uid: null, documentId: null, field: null, result: 'unknown-id' as const })),
        counts: { applied: 0, unchanged: 0, 'source-changed': 0, 'unknown-id': 0, 'empty-target': 0 },
      };

      if (options.documentId) {
        const family = await releaseFamily(options.documentId, sourceLocale);
        const allowed = new Set((family ?? []).map(({ doc }) => doc.documentId));
        const foreign = parsed.units.find((unit) => !allowed.has(unit.documentId));
        if (foreign) {
          throw new XliffError('malformed', `Unit ${foreign.id} belongs to another document than release ${options.documentId}`, foreign.id);
        }
      }
      const tampered = parsed.units.find((unit) => unit.target !== null && !unit.sourceIntact);
      if (tampered) {
        throw new XliffError('inline-codes-altered', `The source of unit ${tampered.id} was altered in the file`, tampered.id);
      }

      const groups = new Map<string, { uid: TranslatedUid; documentId: string; units: Array<ImportedUnit & { result: UnitResult }> }>();
      for (const unit of parsed.units) {
        const push = (result: UnitResult) => {
          report.units.push({ id: unit.id, uid: unit.documentUid, documentId: unit.documentId, field: unit.field, result });
          return result;
        };
        if (!isTranslatedUid(unit.documentUid) || !trackedFields(strapi, unit.documentUid).includes(unit.field)) {
          push('unknown-id');
          continue;
        }
        const source = await draft(unit.documentUid, unit.documentId, sourceLocale);
        if (!source) {
          push('unknown-id');
          continue;
        }
        if (unit.target === null) {
          push('empty-target');
          continue;
        }
        const current = await draft(unit.documentUid, unit.documentId, options.locale);
        const result: UnitResult =
          current && fingerprint((current[unit.field] ?? null) as FieldValue | null) === fingerprint(unit.target)
            ? 'unchanged'
            : fingerprint((source[unit.field] ?? null) as FieldValue | null) !== unit.sourceFingerprint
              ? 'source-changed'
              : 'applied';
        push(result);
        if (result === 'unchanged') continue;
        const key = `${unit.documentUid}|${unit.documentId}`;
        const group = groups.get(key) ?? { uid: unit.documentUid, documentId: unit.documentId, units: [] };
        group.units.push({ ...unit, result });
        groups.set(key, group);
      }

      // Deployments and quotes before releases, so a new release locale can link to them.
      const order: TranslatedUid[] = [UIDS.deployment, UIDS.quote, UIDS.release];
      await strapi.db.transaction(async () => {
        for (const uid of order) {
          if (uid === UIDS.release) await faultPausePoint(strapi, 'xliff-import', rowCounts(strapi));
          for (const group of [...groups.values()].filter((g) => g.uid === uid)) {
            const data: Record<string, unknown> = Object.fromEntries(group.units.map((unit) => [unit.field, unit.target]));
            if (!(await draft(uid, group.documentId, options.locale))) {
              Object.assign(data, await getService(strapi, 'translation-relations').mirror(uid, group.documentId, sourceLocale, options.locale));
            }
            await strapi.documents(uid).update({ documentId: group.documentId, locale: options.locale, data } as never);
            await getService(strapi, 'translation-status').record(uid, group.documentId, options.locale, {
              fields: group.units.map((unit) => unit.field),
              fingerprints: Object.fromEntries(group.units.map((unit) => [unit.field, unit.sourceFingerprint])),
              snapshot: Object.fromEntries(group.units.map((unit) => [unit.field, unit.source])),
            });
          }
        }
      });

      for (const unit of report.units) report.counts[unit.result] += 1;
      return report;
    },

  };
};

export type XliffService = ReturnType<typeof xliff>;
export default xliff;
