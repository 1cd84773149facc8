import type { Core } from '@strapi/strapi';

import type { ImportReport, UnitResult } from '../../../shared/contracts/translations';
import { UIDS } from '../../../shared/domain';
import { signingKeyOf } from '../translations/signing-key';
import { isTranslatedUid, trackedFields, type TranslatedUid } from '../translations/tracked-fields';
import { rowCounts } from '../faults/evidence';
import { faultPausePoint } from '../faults/pause-point';
import { getService } from '../utils/get-service';
import { currentMac, fingerprint, parseXliff, prefilledValue, rebuildTarget, XliffError, type FieldValue, type RichText } from '../xliff';
import { draftOf, releaseFamily } from './xliff-family';

type Written = { field: string; value: FieldValue | null; source: FieldValue | null; write: boolean };

const emptyCounts = (): Record<UnitResult, number> => ({
  applied: 0,
  unchanged: 0,
  confirmed: 0,
  'source-changed': 0,
  untranslated: 0,
  'unknown-id': 0,
  'empty-target': 0,
});

/**
 * Applies a translated file to the `locale` drafts (never publishes), in one transaction.
 * With `documentId`, every unit must belong to that release, its quotes or its deployments.
 *
 * Every unit id must carry this server's MAC over the unit's source (a forged or edited file is
 * refused), and a rich-text target is rebuilt with the server's own copy of the source when it is
 * unchanged: links and images never come from the file. Target states decide (xliff/target-state.ts):
 * untranslated ones are skipped, a confirmed one sent back unchanged makes its field current.
 */
export const importXliff = async (
  strapi: Core.Strapi,
  options: { xml: string | Buffer; locale: string; documentId?: string; maxBytes?: number },
): Promise<ImportReport> => {
  const key = signingKeyOf(strapi);
  const parsed = parseXliff(options.xml, { targetLanguage: options.locale, maxBytes: options.maxBytes, key });
  const sourceLocale = await getService(strapi, 'locales').defaultCode();
  const status = getService(strapi, 'translation-status');
  const report: ImportReport = {
    locale: options.locale,
    version: parsed.version,
    units: parsed.unknownIds.map((id) => ({ id, uid: null, documentId: null, field: null, result: 'unknown-id' as const })),
    counts: emptyCounts(),
    relations: [],
  };

  if (options.documentId) {
    const family = await releaseFamily(strapi, options.documentId, sourceLocale);
    const allowed = new Set((family ?? []).map(({ doc }) => doc.documentId));
    const foreign = parsed.units.find((unit) => !allowed.has(unit.documentId));
    if (foreign) {
      throw new XliffError('malformed', `Unit ${foreign.id} belongs to another document than release ${options.documentId}`, foreign.id);
    }
  }
  const forged = parsed.units.find((unit) => !unit.sourceIntact);
  if (forged) {
    throw new XliffError(
      'signature-invalid',
      `Unit ${forged.id} was not exported by this newsroom, or its id, source or formatting data was changed in the file ` +
        '(its signature does not match). Nothing was imported. Export the file again and translate that one.',
      forged.id,
    );
  }

  const groups = new Map<string, { uid: TranslatedUid; documentId: string; fields: Written[] }>();
  for (const unit of parsed.units) {
    const push = (result: UnitResult) =>
      report.units.push({ id: unit.id, uid: unit.documentUid, documentId: unit.documentId, field: unit.field, result, state: unit.state });
    if (!isTranslatedUid(unit.documentUid) || !trackedFields(strapi, unit.documentUid).includes(unit.field)) {
      push('unknown-id');
      continue;
    }
    const uid = unit.documentUid;
    const source = await draftOf(strapi, uid, unit.documentId, sourceLocale);
    if (!source) {
      push('unknown-id');
      continue;
    }
    if (unit.target === null) {
      push('empty-target');
      continue;
    }
    if (unit.disposition === 'untranslated') {
      push('untranslated');
      continue;
    }
    const sourceValue = (source[unit.field] ?? null) as FieldValue | null;
    const sourceChanged = currentMac(key, unit, sourceValue) !== unit.sourceMac;
    // Unchanged source: the tags are checked and rebuilt against the server's copy, not the file's.
    const target =
      !sourceChanged && Array.isArray(sourceValue) && unit.targetNodes !== null
        ? rebuildTarget(sourceValue as RichText, unit.targetNodes, unit.id)
        : unit.target;
    const current = await draftOf(strapi, uid, unit.documentId, options.locale);
    const stored = (current?.[unit.field] ?? null) as FieldValue | null;
    // As exported: the stored translation, or (rich text) its pre-fill fitted into the source's tags.
    const prefilled =
      !sourceChanged && Array.isArray(sourceValue) && Array.isArray(stored) ? prefilledValue(sourceValue as RichText, stored as RichText) : null;
    const unchanged =
      current !== null && (fingerprint(stored) === fingerprint(target) || (prefilled !== null && fingerprint(prefilled) === fingerprint(target)));
    let result: UnitResult;
    if (unchanged) {
      const recorded = unit.disposition === 'confirmed' && !sourceChanged ? (await status.fingerprintsOf(uid, unit.documentId, options.locale))[unit.field] : undefined;
      result = unit.disposition === 'confirmed' && !sourceChanged && recorded !== fingerprint(sourceValue) ? 'confirmed' : 'unchanged';
    } else {
      result = sourceChanged ? 'source-changed' : 'applied';
    }
    push(result);
    if (result === 'unchanged') continue;
    const groupKey = `${uid}|${unit.documentId}`;
    const group = groups.get(groupKey) ?? { uid, documentId: unit.documentId, fields: [] };
    group.fields.push({
      field: unit.field,
      value: target,
      // What the translation is made from: the source now, or the one in the file when it changed since.
      source: sourceChanged ? unit.source : sourceValue,
      write: result !== 'confirmed',
    });
    groups.set(groupKey, group);
  }

  const order: TranslatedUid[] = [UIDS.deployment, UIDS.quote, UIDS.release];
  const relations = getService(strapi, 'translation-relations').session(sourceLocale, options.locale);
  await strapi.db.transaction(async () => {
    for (const uid of order) {
      if (uid === UIDS.release) await faultPausePoint(strapi, 'xliff-import', rowCounts(strapi));
      for (const group of [...groups.values()].filter((candidate) => candidate.uid === uid)) {
        const data: Record<string, unknown> = Object.fromEntries(
          group.fields.filter((entry) => entry.write).map((entry) => [entry.field, entry.value]),
        );
        // A new locale version is created with its relations (a quote cannot exist without its speaker).
        if (Object.keys(data).length > 0 && !(await draftOf(strapi, uid, group.documentId, options.locale))) {
          Object.assign(data, await relations.relationData(uid, group.documentId));
        }
        if (Object.keys(data).length > 0) {
          await strapi.documents(uid).update({ documentId: group.documentId, locale: options.locale, data } as never);
        }
        await status.record(uid, group.documentId, options.locale, {
          fields: group.fields.map((entry) => entry.field),
          fingerprints: Object.fromEntries(group.fields.map((entry) => [entry.field, fingerprint(entry.source)])),
          snapshot: Object.fromEntries(group.fields.map((entry) => [entry.field, entry.source])),
        });
      }
    }
    // Every document of the file that exists in the locale now gets the source's relations.
    const docs = new Map<string, { uid: TranslatedUid; documentId: string }>();
    for (const unit of parsed.units) {
      if (isTranslatedUid(unit.documentUid)) docs.set(`${unit.documentUid}|${unit.documentId}`, { uid: unit.documentUid, documentId: unit.documentId });
    }
    await relations.mirror([...docs.values()]);
  });
  report.relations = relations.report;

  for (const unit of report.units) report.counts[unit.result] += 1;
  return report;
};
