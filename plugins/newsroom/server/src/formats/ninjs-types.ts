/**
 * The part of IPTC ninjs 3.1 (http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json) the newsroom writes.
 * Property names are the schema's (camelCase since ninjs 2.0: `firstCreated`, `pubStatus`, `contentType`).
 */
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

export interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

/** A person, organisation, place or subject the item is related to, and how (`rel`). */
export interface NinjsEntity {
  name?: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

export interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
  title?: string;
}

export interface NinjsAltId {
  role?: string;
  value?: string;
}

export interface NinjsItem {
  uri: string;
  type?: 'text';
  representationType?: 'full' | 'partial';
  firstCreated?: string;
  versionCreated?: string;
  contentCreated?: string;
  pubStatus?: 'usable' | 'withheld' | 'canceled';
  copyrightHolder?: string;
  language?: string;
  by?: string;
  located?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  people?: NinjsEntity[];
  organisations?: NinjsEntity[];
  places?: NinjsEntity[];
  subjects?: NinjsEntity[];
  infoSources?: Array<NinjsEntity & { role?: string }>;
  renditions?: NinjsRendition[];
  altIds?: NinjsAltId[];
  associations?: NinjsAssociation[];
  standard?: { name: string; version: string; schema: string };
}

/** Another news object linked to this one; the schema requires its `name` and `uri`. */
export interface NinjsAssociation extends NinjsItem {
  name: string;
  rel?: string;
}
