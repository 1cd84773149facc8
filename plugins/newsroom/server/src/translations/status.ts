import type { FieldChange, TranslationStatus } from '../../../shared/contracts/translations';
import type { FieldValue } from '../xliff';
import { fingerprint } from '../xliff';

export type { FieldChange, TranslationStatus };

/** Least current first: a release is as current as its least current part. */
export const STATUS_ORDER: readonly TranslationStatus[] = ['missing', 'partial', 'outdated', 'current'];

export const leastCurrent = (statuses: readonly TranslationStatus[]): TranslationStatus =>
  statuses.reduce<TranslationStatus>(
    (worst, status) => (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(worst) ? status : worst),
    'current',
  );

export interface TranslationRecord {
  fingerprints: Record<string, string>;
  snapshot: Record<string, FieldValue | null>;
}

/** No text: null, '', blanks, or rich text without any text in it (an empty paragraph). */
export const isEmptyValue = (value: unknown): boolean => {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (node.type === 'image') return false;
    if (typeof node.text === 'string') return node.text.trim() === '';
    return isEmptyValue(node.children ?? null);
  }
  return false;
};

/**
 * The status of one translation, from the source version now and what the translation was made
 * from. Only the given (localized) fields count: non-localized fields never make a translation
 * outdated, and neither does a field that is empty in the source (nothing to translate). A field
 * with a source but no text in the translation is missing (the document is then partial); one
 * whose source changed since it was translated is outdated, with the old and new source.
 * A field with text but no recorded fingerprint (translated before the newsroom tracked it) is
 * current until its source changes after it (compared by update time).
 */
export const translationStatus = (input: {
  fields: string[];
  source: Record<string, unknown>;
  translation: Record<string, unknown> | null;
  record: TranslationRecord | null;
  sourceUpdatedAt: number;
  translationUpdatedAt: number;
}): { status: TranslationStatus; changes: FieldChange[] } => {
  if (!input.translation) return { status: 'missing', changes: [] };
  const translation = input.translation;
  const value = (field: string) => (input.source[field] ?? null) as FieldValue | null;
  const staleByTime = input.sourceUpdatedAt > input.translationUpdatedAt;
  const changes: FieldChange[] = [];
  for (const field of input.fields) {
    const currentSource = value(field);
    if (isEmptyValue(currentSource)) continue;
    if (isEmptyValue(translation[field])) {
      changes.push({ field, status: 'missing', previousSource: null, currentSource });
      continue;
    }
    const recorded = input.record?.fingerprints[field];
    if (recorded === undefined) {
      if (staleByTime) changes.push({ field, status: 'outdated', previousSource: null, currentSource });
      continue;
    }
    if (recorded !== fingerprint(currentSource)) {
      changes.push({ field, status: 'outdated', previousSource: input.record?.snapshot[field] ?? null, currentSource });
    }
  }
  const status = changes.some((change) => change.status === 'missing')
    ? 'partial'
    : changes.length > 0
      ? 'outdated'
      : 'current';
  return { status, changes };
};
