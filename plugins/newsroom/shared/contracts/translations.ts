/** Admin API of the translation workflow (/newsroom/translations...): shared by server, admin and tests. */
import type { RichText } from './releases';

/**
 * missing: no version in the locale; partial: a version with some fields not translated yet;
 * outdated: every field translated, some from an older source (for a release: or one of its quotes
 * or deployments is not current); current.
 */
export type TranslationStatus = 'missing' | 'partial' | 'outdated' | 'current';
export type TranslatedType = 'release' | 'quote' | 'deployment';
export type FieldValue = string | RichText;

export interface FieldChange {
  field: string;
  /** missing: never translated; outdated: its source changed since it was translated. */
  status: 'missing' | 'outdated';
  /** The source text the translation was made from (null when not recorded). */
  previousSource: FieldValue | null;
  /** The source text now. */
  currentSource: FieldValue | null;
}

export interface LocaleStatus {
  locale: string;
  status: TranslationStatus;
  changes: FieldChange[];
  updatedAt: string | null;
  reviewedAt: string | null;
  /**
   * Releases only: the status of the release's own fields (`status` also counts its parts), and
   * its quotes and deployments that are not current in this locale.
   */
  ownStatus?: TranslationStatus;
  parts?: PartStatus[];
}

export interface PartStatus {
  type: 'quote' | 'deployment';
  documentId: string;
  label: string;
  status: TranslationStatus;
}

export interface DocumentStatus {
  uid: string;
  documentId: string;
  sourceLocale: string;
  label: string;
  updatedAt: string | null;
  locales: LocaleStatus[];
}

export declare namespace GetTranslationMatrix {
  interface Request {
    query: { type?: TranslatedType; locale?: string; status?: TranslationStatus; page?: string; pageSize?: string };
  }
  interface Response {
    data: DocumentStatus[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}

export declare namespace GetReleaseTranslations {
  interface Response {
    data: { release: DocumentStatus; quotes: DocumentStatus[]; deployments: DocumentStatus[] };
  }
}

/**
 * applied; unchanged; confirmed (the translator marked an unchanged target final / signed-off (1.2)
 * or reviewed / final (2.x): the field is current again); source-changed (applied, but the source
 * changed since the export: still outdated); untranslated (the target's state says it is not
 * translated yet: new / needs-translation (1.2), initial (2.x); skipped whatever its content);
 * unknown-id; empty-target.
 */
export type UnitResult =
  | 'applied'
  | 'unchanged'
  | 'confirmed'
  | 'source-changed'
  | 'untranslated'
  | 'unknown-id'
  | 'empty-target';

/** A relation of the source the import mirrored onto the new locale's version, or could not. */
export interface RelationResult {
  uid: string;
  documentId: string;
  field: string;
  targetUid: string;
  targetDocumentId: string;
  /** linked: the related document exists in the locale; created: its locale version was made (a draft, from the source); not-linked: see reason. */
  result: 'linked' | 'created' | 'not-linked';
  reason?: string;
}

export interface ImportReport {
  locale: string;
  version: string;
  units: Array<{ id: string; uid: string | null; documentId: string | null; field: string | null; result: UnitResult; state?: string | null }>;
  counts: Record<UnitResult, number>;
  relations?: RelationResult[];
}

export declare namespace ImportXliff {
  interface Response {
    data: ImportReport;
  }
}
