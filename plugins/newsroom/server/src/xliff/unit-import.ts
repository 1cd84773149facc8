/** A unit as read from the file → what the caller applies: decoded id, source, checked target. */
import { XliffError } from './errors';
import { fingerprint } from './fingerprint';
import { checkInlineCodes, checkSourceCodes } from './inline-code-check';
import { segmentToRichText } from './inline-codes';
import type { RawUnit } from './raw-unit';
import type { SegmentNode } from './segment';
import type { FieldValue, ImportedUnit } from './types';
import { decodeUnitId } from './unit-id';

const plainText = (nodes: readonly SegmentNode[]): string =>
  nodes.map((node) => (node.kind === 'text' ? node.text : '')).join('');

const hasText = (nodes: readonly SegmentNode[]): boolean =>
  nodes.some((node) =>
    node.kind === 'text' ? node.text.trim() !== '' : node.kind === 'paired' && hasText(node.children),
  );

const hasCodes = (nodes: readonly SegmentNode[]): boolean => nodes.some((node) => node.kind !== 'text');

/**
 * Whether a target holds no translation: missing, empty, blank, or (rich text) only the source's tags
 * with no words in them while the source has words (a tool's "copy tags" placeholder).
 */
const isBlankTarget = (source: readonly SegmentNode[], target: readonly SegmentNode[] | null): boolean =>
  target === null || (!hasText(target) && (hasText(source) || !hasCodes(target)));

const plainValue = (raw: RawUnit): { source: FieldValue; target: FieldValue | null } => {
  const firstCode = raw.target?.find((node) => node.kind !== 'text');
  if (firstCode !== undefined && !isBlankTarget(raw.source, raw.target)) {
    throw new XliffError(
      'inline-codes-altered',
      `Unit ${raw.id}: the source is plain text, but the translation has a tag (${firstCode.id}). Remove it.`,
      raw.id,
    );
  }
  return {
    source: plainText(raw.source),
    target: raw.target === null || isBlankTarget(raw.source, raw.target) ? null : plainText(raw.target),
  };
};

/** The imported unit, or null when its id is not one this module makes. */
export const importUnit = (raw: RawUnit): ImportedUnit | null => {
  const ref = decodeUnitId(raw.id);
  if (ref === null) return null;
  let values: { source: FieldValue; target: FieldValue | null };
  if (raw.codes === null) {
    values = plainValue(raw);
  } else {
    checkSourceCodes(raw.source, raw.codes, raw.id);
    const target = isBlankTarget(raw.source, raw.target) ? null : raw.target;
    if (target !== null) checkInlineCodes(raw.source, target, raw.codes, raw.id);
    values = {
      source: segmentToRichText(raw.source, raw.codes),
      target: target === null ? null : segmentToRichText(target, raw.codes),
    };
  }
  const sourceIntact = fingerprint(values.source) === ref.sourceFingerprint;
  return { id: raw.id, ...ref, original: raw.original, ...values, sourceIntact, state: raw.state };
};
