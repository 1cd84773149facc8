import { createHash } from 'node:crypto';

import type { FieldValue } from './types';

/**
 * Canonical JSON: object keys sorted, `undefined` members left out (as JSON.stringify does), strings
 * in Unicode NFC. Two values that mean the same blocks give the same text.
 */
const canonicalJson = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined && typeof member !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(String(value));
};

/** The canonical text a fingerprint is taken of; plain text, blocks and "no value" never collide. */
export const canonicalForm = (value: FieldValue | null | undefined): string => {
  if (value === null || value === undefined) return 'none:';
  if (typeof value === 'string') return `text:${value.normalize('NFC')}`;
  return `blocks:${canonicalJson(value)}`;
};

export const FINGERPRINT_LENGTH = 16;

/**
 * A short, stable fingerprint of a field value: the first 16 hex digits of the SHA-256 of its
 * canonical form. The same value gives the same fingerprint in every process and on every machine;
 * key order inside blocks and Unicode normalization (NFC vs NFD) do not change it.
 */
export const fingerprint = (value: FieldValue | null | undefined): string =>
  createHash('sha256').update(canonicalForm(value), 'utf8').digest('hex').slice(0, FINGERPRINT_LENGTH);
