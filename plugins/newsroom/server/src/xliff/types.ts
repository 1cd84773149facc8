/**
 * Public types of the XLIFF export and import. Pure data: no Strapi inside, so the services, the
 * routes and the tests share them.
 */
import type { RichText } from '../../../shared/contracts/releases';
import type { SegmentNode } from './segment';
import type { TargetDisposition } from './target-state';

export type { RichText };

export const XLIFF_VERSIONS = ['1.2', '2.0', '2.1'] as const;
export type XliffVersion = (typeof XLIFF_VERSIONS)[number];

/** A localized field's value: plain text, or Strapi "blocks" rich text. */
export type FieldValue = string | RichText;

/** One localized field of one document: one trans-unit (1.2) or unit (2.x). */
export interface ExportUnit {
  /** e.g. 'plugin::newsroom.quote' (one of `UIDS` in shared/domain). */
  documentUid: string;
  documentId: string;
  /** Attribute name, e.g. 'title'; a dotted path is allowed ('seo.metaTitle'). */
  field: string;
  /** The value in the source locale. Its keyed MAC goes into the unit id. */
  source: FieldValue;
  /** An existing translation to pre-fill; left out of the file when absent, null or empty. */
  target?: FieldValue | null;
  /**
   * The pre-filled target's state: 'translated' (default) or 'needs-review' (its source changed
   * since: 1.2 `needs-review-translation`, 2.x `translated` with a note).
   */
  targetState?: 'translated' | 'needs-review';
  /**
   * What the existing translation was made from, for an outdated field: 1.2 `<alt-trans
   * alttranstype="previous-version">` with the old source and target, 2.x notes.
   */
  previous?: { source: FieldValue; target: FieldValue | null };
  /** Context for the translator ("Quote by the Deputy Secretary General"). */
  note?: string;
}

export interface ExportFile {
  /** XLIFF 2 `<file id>`: letters, digits, '.', '-', '_' (e.g. 'release-<documentId>'). */
  id: string;
  /** e.g. 'release/<documentId>'; read back as `ImportedUnit.original`. */
  original: string;
  units: ExportUnit[];
}

export interface ExportRequest {
  version: XliffVersion;
  /** BCP 47, e.g. 'en'. */
  sourceLanguage: string;
  /** BCP 47, e.g. 'fr'. */
  targetLanguage: string;
  files: ExportFile[];
  /** The server's signing key for unit ids (see unit-mac.ts). */
  key: string;
}

/** What one unit id says (see unit-id.ts). */
export interface UnitRef {
  documentUid: string;
  documentId: string;
  field: string;
  /**
   * The keyed MAC of the source at export time (unit-mac.ts): compare it with `unitMac` of the
   * current source to see whether the source changed; only the server can make a valid one.
   */
  sourceMac: string;
}

export interface ImportedUnit extends UnitRef {
  id: string;
  /** The `original` of the `<file>` the unit was in, or null when the file has none. */
  original: string | null;
  /** The source as the file carries it (rich text rebuilt from the source segment and its code data). */
  source: FieldValue;
  /**
   * True when the unit's MAC is valid for the file's source: the id, the source and its formatting
   * data (link URLs, images) are exactly what this server exported. False for an edited or forged
   * unit: refuse the file.
   */
  sourceIntact: boolean;
  /** The translation; null when the target is missing or has no text. */
  target: FieldValue | null;
  /**
   * Rich text only: the target's segment as read (code ids of the source), to rebuild it with the
   * server's own copy of the source (`rebuildTarget`) rather than the file's formatting data.
   */
  targetNodes: SegmentNode[] | null;
  /** What the target's state says: see target-state.ts. */
  disposition: TargetDisposition;
  /**
   * The translation state the CAT tool recorded, as written: 1.2 `<target state>` ('translated',
   * 'needs-translation', ...), 2.x `<segment state>` ('initial', 'translated', 'reviewed', 'final'). Null
   * when absent. A tool may copy the source into untranslated targets and mark them 'initial' or
   * 'needs-translation': the caller decides whether to skip those.
   */
  state: string | null;
}

export interface ImportResult {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  /** Units whose id is ours, in file order. */
  units: ImportedUnit[];
  /** Ids of units that are not ours (no document/field could be read from them), in file order. */
  unknownIds: string[];
}

export interface ParseOptions {
  /** The locale being imported; the file's target language must be the same (case-insensitive). */
  targetLanguage: string;
  /** Largest accepted file, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** The server's signing key (see unit-mac.ts): the same as the export's. */
  key: string;
}
