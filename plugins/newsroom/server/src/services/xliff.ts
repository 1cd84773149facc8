import type { Core } from '@strapi/strapi';

import type { ExportSummary, FieldChange, ImportReport, UnitResult } from '../../../shared/contracts/translations';
import { isEmptyValue } from '../translations/status';
import { signingKeyOf } from '../translations/signing-key';
import { trackedFields, type TranslatedUid } from '../translations/tracked-fields';
import { getService } from '../utils/get-service';
import { exportXliff, XliffError, type ExportFile, type ExportUnit, type FieldValue, type XliffVersion } from '../xliff';
import { releaseFamily, type Doc } from './xliff-family';
import { importXliff } from './xliff-import';

export type { ImportReport, UnitResult };

/** What a batch export put in its file, and which releases it skipped (shared/contracts/translations.ts). */
export type ExportReport = Pick<ExportSummary, 'releases' | 'units' | 'skipped'>;

/** XLIFF export and import of releases with their quotes and deployments (pure work in xliff/). */
const xliff = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * One file for these releases (with their quotes and deployments) into `locale`. Fields empty in
   * the source are left out. With `onlyChanged`, only what needs work: every field of a document
   * missing in the locale, the missing and outdated fields of the others. An outdated field's
   * existing translation is pre-filled as needing review, with the source it was made from.
   * Queries: one per release for its family, then a fixed few per type for statuses and
   * existing translations.
   */
  async export(options: {
    documentIds: string[];
    locale: string;
    version: XliffVersion;
    onlyChanged?: boolean;
    /** Batch export: releases with no source version are skipped and listed here (else a 400), units counted. */
    report?: ExportReport;
  }): Promise<string> {
    const sourceLocale = await getService(strapi, 'locales').defaultCode();
    const families: Array<{ documentId: string; members: Array<{ uid: TranslatedUid; doc: Doc }> }> = [];
    for (const documentId of options.documentIds) {
      const members = await releaseFamily(strapi, documentId, sourceLocale);
      if (!members && options.report) {
        options.report.skipped.push({ documentId, reason: 'no-source-version', sourceLocale });
        continue;
      }
      if (!members) throw new XliffError('malformed', `No release ${documentId} in the source locale ${sourceLocale}`);
      families.push({ documentId, members });
    }

    // Statuses and existing translations, per type, for every document at once.
    const byUid = new Map<TranslatedUid, string[]>();
    for (const { members } of families) {
      for (const { uid, doc } of members) byUid.set(uid, [...(byUid.get(uid) ?? []), doc.documentId]);
    }
    const statuses = new Map<string, { status: string; changes: Map<string, FieldChange> }>();
    const targets = new Map<string, Doc>();
    for (const [uid, ids] of byUid) {
      const unique = [...new Set(ids)];
      for (const state of await getService(strapi, 'translation-status').statusOf(uid, unique, [options.locale])) {
        const entry = state.locales[0];
        statuses.set(`${uid}|${state.documentId}`, {
          status: entry?.status ?? 'missing',
          changes: new Map(entry?.changes.map((change) => [change.field, change])),
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
          if (isEmptyValue(doc[field])) continue;
          const change = state?.changes.get(field);
          if (options.onlyChanged && state?.status !== 'missing' && change === undefined) continue;
          const existing = isEmptyValue(target?.[field]) ? null : (target?.[field] as FieldValue);
          const outdated = change?.status === 'outdated' && existing !== null;
          units.push({
            documentUid: uid,
            documentId: doc.documentId,
            field,
            source: doc[field] as FieldValue,
            target: existing,
            ...(outdated ? { targetState: 'needs-review' as const } : {}),
            ...(outdated && change.previousSource !== null ? { previous: { source: change.previousSource, target: existing } } : {}),
            note: `${uid.split('.').pop()} · ${field}`,
          });
        }
      }
      return { id: `release-${documentId}`, original: `release/${documentId}`, units };
    });
    if (options.report) {
      options.report.releases = files.length;
      options.report.units = files.reduce((sum, file) => sum + file.units.length, 0);
    }
    return exportXliff({
      version: options.version,
      sourceLanguage: sourceLocale,
      targetLanguage: options.locale,
      files,
      key: signingKeyOf(strapi),
    });
  },

  /** Applies a translated file to the `locale` drafts (see xliff-import.ts). */
  import(options: { xml: string | Buffer; locale: string; documentId?: string; maxBytes?: number }): Promise<ImportReport> {
    return importXliff(strapi, options);
  },
});

export type XliffService = ReturnType<typeof xliff>;
export default xliff;
