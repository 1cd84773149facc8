/** Admin API of the translation workflow (/newsroom/translations...): shared by server, admin and tests. */
import type { RichText } from './releases';

export type TranslationStatus = 'missing' | 'outdated' | 'current';
export type TranslatedType = 'release' | 'quote' | 'deployment';
export type FieldValue = string | RichText;

export interface FieldChange {
  field: string;
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

export type UnitResult = 'applied' | 'unchanged' | 'source-changed' | 'unknown-id' | 'empty-target';

export interface ImportReport {
  locale: string;
  version: string;
  units: Array<{ id: string; uid: string | null; documentId: string | null; field: string | null; result: UnitResult }>;
  counts: Record<UnitResult, number>;
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
