/**
 * What identifies an exported unit is keyed: its id ends with an HMAC-SHA-256, under a server
 * secret, of the unit's type, document, field and source (rich text in the form the export writes
 * it, formatting data included). A file whose source, formatting data (link URLs, images) or id
 * was changed, or that was made up, does not carry a valid MAC: only the server can make one.
 */
import { createHmac } from 'node:crypto';

import { XliffError } from './errors';
import { canonicalForm } from './fingerprint';
import { richTextToSegment, segmentToRichText } from './inline-codes';
import type { FieldValue, UnitRef } from './types';

/** Hex digits of the MAC in a unit id (128 bits). */
export const MAC_LENGTH = 32;

/** The smallest accepted signing key, in characters. */
export const MIN_KEY_LENGTH = 32;

/** Rich text as the export writes it and the import reads it back (normal form of the editor). */
export const exportedForm = (value: FieldValue): FieldValue => {
  if (typeof value === 'string') return value;
  const segment = richTextToSegment(value);
  return segmentToRichText(segment.nodes, segment.codes);
};

export const unitMac = (key: string, ref: Omit<UnitRef, 'sourceMac'>, source: FieldValue): string => {
  if (key.length < MIN_KEY_LENGTH) {
    throw new XliffError('invalid-export', `The XLIFF signing key must have at least ${MIN_KEY_LENGTH} characters`);
  }
  return createHmac('sha256', key)
    .update(['newsroom-xliff-unit-v1', ref.documentUid, ref.documentId, ref.field, canonicalForm(exportedForm(source))].join('\n'), 'utf8')
    .digest('hex')
    .slice(0, MAC_LENGTH);
};

/** The MAC of a source in the database now, or null when it cannot go in a file (then it changed). */
export const currentMac = (key: string, ref: Omit<UnitRef, 'sourceMac'>, source: FieldValue | null): string | null => {
  if (source === null) return null;
  try {
    return unitMac(key, ref, source);
  } catch {
    return null;
  }
};
