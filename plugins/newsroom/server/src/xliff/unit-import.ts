/** A unit as read from the file → what the caller applies: decoded id, source, checked target. */
import { XliffError } from './errors';
import { checkInlineCodes, checkSourceCodes } from './inline-code-check';
import { richTextToSegment, segmentToRichText } from './inline-codes';
import type { RawUnit } from './raw-unit';
import type { SegmentNode } from './segment';
import { targetDisposition } from './target-state';
import type { FieldValue, ImportedUnit, RichText, XliffVersion } from './types';
import { decodeUnitId } from './unit-id';
import { unitMac } from './unit-mac';

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

/**
 * A rich-text target rebuilt with the server's own copy of the source: its tags are checked against
 * the codes of `source` (as the server segments it), and links, images and blocks come from there,
 * never from the formatting data in the file.
 */
export const rebuildTarget = (source: RichText, targetNodes: readonly SegmentNode[], unitId: string): RichText => {
  const segment = richTextToSegment(source);
  checkInlineCodes(segment.nodes, targetNodes, segment.codes, unitId);
  return segmentToRichText(targetNodes, segment.codes);
};

/** The imported unit, or null when its id is not one this module makes. */
export const importUnit = (raw: RawUnit, key: string, version: XliffVersion): ImportedUnit | null => {
  const ref = decodeUnitId(raw.id);
  if (ref === null) return null;
  let values: { source: FieldValue; target: FieldValue | null };
  let targetNodes: SegmentNode[] | null = null;
  if (raw.codes === null) {
    values = plainValue(raw);
  } else {
    checkSourceCodes(raw.source, raw.codes, raw.id);
    const target = isBlankTarget(raw.source, raw.target) ? null : raw.target;
    if (target !== null) checkInlineCodes(raw.source, target, raw.codes, raw.id);
    targetNodes = target;
    values = {
      source: segmentToRichText(raw.source, raw.codes),
      target: target === null ? null : segmentToRichText(target, raw.codes),
    };
  }
  const sourceIntact = unitMac(key, ref, values.source) === ref.sourceMac;
  return {
    id: raw.id,
    ...ref,
    original: raw.original,
    ...values,
    sourceIntact,
    targetNodes,
    state: raw.state,
    disposition: targetDisposition(version, raw.state),
  };
};
