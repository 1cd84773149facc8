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
