import type { CodeMap, SegmentNode } from './segment';

/** A unit as read from the file, before its id is decoded and its segments turned into values. */
export interface RawUnit {
  id: string;
  original: string | null;
  /** The data of the codes when the unit is rich text; null for plain text. */
  codes: CodeMap | null;
  source: SegmentNode[];
  /** Null when there is no target (or, in XLIFF 2, when a segment has none). */
  target: SegmentNode[] | null;
  state: string | null;
}

export interface RawDocument {
  sourceLanguage: string;
  targetLanguage: string;
  units: RawUnit[];
}
