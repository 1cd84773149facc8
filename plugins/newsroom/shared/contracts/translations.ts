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

/** Why a batch export left a release out. */
export type ExportSkipReason = 'no-source-version';

/** What a batch export downloaded: the file, what is in it, and what it left out. */
export interface ExportSummary {
  fileName: string;
  locale: string;
  version: string;
  /** Releases in the file, and translation units across them. */
  releases: number;
  units: number;
  /** Left out, with why (`label`: the title in whatever locale the release has). */
  skipped: Array<{ documentId: string; reason: ExportSkipReason; sourceLocale: string; label?: string }>;
}

/**
 * POST /newsroom/translations/xliff/export: the XLIFF file itself (attachment) by default; with
 * `Accept: application/json` (the admin), `{ data: { ...summary, xliff } }`.
 */
export declare namespace ExportXliff {
  interface Request {
    body: {
      locale: string;
      version?: string;
      status?: 'missing-or-outdated' | 'missing' | 'outdated' | 'partial' | 'current' | 'all';
      onlyChanged?: boolean;
    };
  }
  interface Response {
    data: ExportSummary & { xliff: string };
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The translation editor (/newsroom/translations/editor/:documentId?locale=)                  */
/* ------------------------------------------------------------------------------------------ */

/** One translatable field: the source now, what the translation was made from when it changed since, the target. */
export interface EditorField {
  field: string;
  kind: 'string' | 'text' | 'blocks';
  source: FieldValue | null;
  /** The source the translation was made from, when the source changed since (`changed`). */
  previousSource: FieldValue | null;
  changed: boolean;
  target: FieldValue | null;
}

export interface EditorDocument {
  type: TranslatedType;
  documentId: string;
  /** A human label: the title; speaker and first words of a quote; mission, nation and unit of a deployment. */
  label: string;
  /** `missing`, `outdated`, `current` (and `partial` where the server says so). */
  status: TranslationStatus | 'partial';
  reviewedAt: string | null;
  updatedAt: string | null;
  fields: EditorField[];
}

export interface TranslationEditorData {
  documentId: string;
  sourceLocale: string;
  locale: string;
  release: EditorDocument;
  quotes: EditorDocument[];
  deployments: EditorDocument[];
}

export declare namespace GetTranslationEditor {
  interface Request {
    params: { documentId: string };
    query: { locale: string };
  }
  interface Response {
    data: TranslationEditorData;
  }
}

/** Saves drafts in the target locale (never publishes), in one transaction; answers the editor's new state. */
export declare namespace SaveTranslationEditor {
  interface Request {
    params: { documentId: string };
    query: { locale: string };
    body: { documents: Array<{ type: TranslatedType; documentId: string; fields: Record<string, FieldValue | null> }> };
  }
  interface Response {
    data: TranslationEditorData;
  }
}

/** Marks the release and its quotes and deployments reviewed in the locale (those that exist there). */
export declare namespace ReviewTranslationEditor {
  interface Request {
    params: { documentId: string };
    query: { locale: string };
  }
  interface Response {
    data: TranslationEditorData;
  }
}
