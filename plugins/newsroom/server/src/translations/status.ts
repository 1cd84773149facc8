import type { FieldValue } from '../xliff';
import { fingerprint } from '../xliff';

export type TranslationStatus = 'missing' | 'outdated' | 'current';

export interface FieldChange {
  field: string;
  /** The source text the translation was made from (null when not recorded). */
  previousSource: FieldValue | null;
  /** The source text now. */
  currentSource: FieldValue | null;
}

export interface TranslationRecord {
  fingerprints: Record<string, string>;
  snapshot: Record<string, FieldValue | null>;
}

/**
 * The status of one translation, from the source version now and what the translation was made
 * from: missing (no version in that locale), outdated (fields whose source changed since), current.
 * Only the given (localized) fields count: non-localized fields never make a translation outdated.
 * A translation with no record (made before the newsroom tracked it) is current until its source
 * changes after it (compared by update time).
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
  const value = (field: string) => (input.source[field] ?? null) as FieldValue | null;
  if (!input.record) {
    const stale = input.sourceUpdatedAt > input.translationUpdatedAt;
    return {
      status: stale ? 'outdated' : 'current',
      changes: stale ? input.fields.map((field) => ({ field, previousSource: null, currentSource: value(field) })) : [],
    };
  }
  const record = input.record;
  const changes = input.fields
    .filter((field) => record.fingerprints[field] !== fingerprint(value(field)))
    .map((field) => ({ field, previousSource: record.snapshot[field] ?? null, currentSource: value(field) }));
  return { status: changes.length > 0 ? 'outdated' : 'current', changes };
};
