/**
 * Unit ids: `<type>.<documentId>.<field>.<mac>`, e.g. `quote.k3j2h4g5f6d7s8a9q0w1e2r3.text.<32 hex digits>`, the
 * MAC keyed with a server secret (unit-mac.ts).
 *
 * Valid as an XLIFF 1.2 id (any string) and an XLIFF 2 id (NMTOKEN): only letters, digits, '.', '-'
 * and '_'. No ':' (legal in NMTOKEN, but read as a namespace prefix by some tools), no spaces.
 * The field may be a dotted path: the type, the document id and the MAC never contain dots.
 */
import { UIDS } from '../../../shared/domain';
import { MAC_LENGTH } from './unit-mac';
import type { UnitRef } from './types';

/** Short type names used in ids, both ways (Maps: no inherited keys such as 'constructor'). */
export const UID_OF_ALIAS: ReadonlyMap<string, string> = new Map(Object.entries(UIDS));
const ALIAS_OF_UID: ReadonlyMap<string, string> = new Map(Object.entries(UIDS).map(([alias, uid]) => [uid, alias]));

const DOCUMENT_ID = /^[A-Za-z0-9_-]+$/;
const FIELD_PART = /^[A-Za-z0-9_-]+$/;
const MAC = new RegExp(`^[0-9a-f]{${MAC_LENGTH}}$`);

/** The id of the unit for one field; throws a RangeError for a value an id cannot carry. */
export const encodeUnitId = (ref: UnitRef): string => {
  const alias = ALIAS_OF_UID.get(ref.documentUid);
  if (alias === undefined) throw new RangeError(`No XLIFF unit id alias for content type "${ref.documentUid}"`);
  if (!DOCUMENT_ID.test(ref.documentId)) throw new RangeError(`Document id "${ref.documentId}" cannot go in a unit id`);
  if (!ref.field.split('.').every((part) => FIELD_PART.test(part))) {
    throw new RangeError(`Field "${ref.field}" cannot go in a unit id`);
  }
  if (!MAC.test(ref.sourceMac)) {
    throw new RangeError(`"${ref.sourceMac}" is not a MAC (${MAC_LENGTH} lower-case hex digits)`);
  }
  return `${alias}.${ref.documentId}.${ref.field}.${ref.sourceMac}`;
};

/** What an id says, or null when it is not an id `encodeUnitId` makes. */
export const decodeUnitId = (id: string): UnitRef | null => {
  const parts = id.split('.');
  if (parts.length < 4) return null;
  const [alias, documentId, ...rest] = parts;
  const sourceMac = rest.pop();
  const documentUid = alias === undefined ? undefined : UID_OF_ALIAS.get(alias);
  if (documentUid === undefined || documentId === undefined || sourceMac === undefined) return null;
  if (!DOCUMENT_ID.test(documentId) || !MAC.test(sourceMac)) return null;
  if (!rest.every((part) => FIELD_PART.test(part))) return null;
  return { documentUid, documentId, field: rest.join('.'), sourceMac };
};
