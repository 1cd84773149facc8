/**
 * When an existing rich-text translation cannot be paired code for code with its source (a paragraph
 * or a bold added since: prefilled-target.ts), its words are fitted into the source's tags so the
 * translator still starts from them: the source's blocks in order, each text block (paragraph,
 * heading, list item...) taking the next text block of the translation; inside it, the translation's
 * marks, links and breaks that match one of the source block's (same kind, in order) keep it, the
 * others are unwrapped (their text kept). Source codes left over go at the block's end, empty;
 * translation blocks left over go into the last text block. The result passes the import's check.
 */
import { checkInlineCodes } from './inline-code-check';
import { richTextToSegment, segmentToRichText } from './inline-codes';
import { alignTarget } from './prefilled-target';
import { isBlockCode, nodeType, type CodeData, type CodeMap, type Segment, type SegmentNode } from './segment';
import type { RichText } from './types';

type Paired = Extract<SegmentNode, { kind: 'paired' }>;

const codeKey = (data: CodeData | undefined): string => {
  if (data === undefined) return '';
  if (data.kind === 'mark') return `mark:${data.mark}`;
  if (data.kind === 'break') return 'break';
  return `${data.kind}:${nodeType(data.node)}`;
};

const isBlock = (codes: CodeMap, node: SegmentNode): boolean => {
  if (node.kind === 'text') return false;
  const data = codes.get(node.id);
  return data !== undefined && isBlockCode(data);
};

/** A paired block holding no other block: the place of a paragraph's words. */
const isTextBlock = (codes: CodeMap, node: Paired): boolean =>
  isBlock(codes, node) && !node.children.some((child) => isBlock(codes, child));

const textBlocks = (codes: CodeMap, nodes: readonly SegmentNode[]): Paired[] =>
  nodes.flatMap((node) => {
    if (node.kind !== 'paired') return [];
    return isTextBlock(codes, node) ? [node] : textBlocks(codes, node.children);
  });

/** Every inline code inside a block's content, in order. */
const inlineCodes = (nodes: readonly SegmentNode[]): Array<Exclude<SegmentNode, { kind: 'text' }>> =>
  nodes.flatMap((node) => (node.kind === 'text' ? [] : [node, ...(node.kind === 'paired' ? inlineCodes(node.children) : [])]));

/** The translation block's content with the source block's code ids; unmatched codes unwrapped. */
const fitContent = (
  content: readonly SegmentNode[],
  targetCodes: CodeMap,
  sourceContent: readonly SegmentNode[],
  sourceCodes: CodeMap,
): SegmentNode[] => {
  const queues = new Map<string, string[]>();
  for (const code of inlineCodes(sourceContent)) {
    const key = `${code.kind}|${codeKey(sourceCodes.get(code.id))}`;
    queues.set(key, [...(queues.get(key) ?? []), code.id]);
  }
  const rename = (nodes: readonly SegmentNode[]): SegmentNode[] =>
    nodes.flatMap((node): SegmentNode[] => {
      if (node.kind === 'text') return [node];
      const id = queues.get(`${node.kind}|${codeKey(targetCodes.get(node.id))}`)?.shift();
      if (node.kind === 'standalone') return id === undefined ? [{ kind: 'text', text: ' ' }] : [{ kind: 'standalone', id }];
      const children = rename(node.children);
      return id === undefined ? children : [{ kind: 'paired', id, children }];
    });
  const fitted = rename(content);
  const left = inlineCodes(sourceContent).filter((code) =>
    [...queues.values()].some((queue) => queue.includes(code.id)),
  );
  // Left-over codes nest as in the source, empty of text.
  const leftIds = new Set(left.map((code) => code.id));
  const keep = (nodes: readonly SegmentNode[]): SegmentNode[] =>
    nodes.flatMap((node): SegmentNode[] => {
      if (node.kind === 'text') return [];
      const children = node.kind === 'paired' ? keep(node.children) : [];
      if (!leftIds.has(node.id)) return children;
      return node.kind === 'paired' ? [{ kind: 'paired', id: node.id, children }] : [{ kind: 'standalone', id: node.id }];
    });
  return [...fitted, ...keep(sourceContent)];
};

/** The translation fitted into the source's tags, or null when even that fails the import's check. */
export const fitTarget = (source: Segment, value: RichText): SegmentNode[] | null => {
  const target = richTextToSegment(value);
  const pool = textBlocks(target.codes, target.nodes);
  const slots = textBlocks(source.codes, source.nodes);
  if (slots.length === 0 || pool.length === 0) return null;
  const contentOf = new Map<string, SegmentNode[]>();
  slots.forEach((slot, index) => {
    const taken =
      index === slots.length - 1
        ? pool.slice(index).flatMap((block, n) => [...(n > 0 ? [{ kind: 'text' as const, text: ' ' }] : []), ...block.children])
        : pool[index]?.children ?? [];
    contentOf.set(slot.id, fitContent(taken, target.codes, slot.children, source.codes));
  });
  const build = (nodes: readonly SegmentNode[]): SegmentNode[] =>
    nodes.flatMap((node): SegmentNode[] => {
      if (node.kind === 'text') return [];
      const fitted = contentOf.get(node.id);
      if (fitted !== undefined) return [{ kind: 'paired', id: node.id, children: fitted }];
      if (node.kind === 'standalone') return isBlock(source.codes, node) ? [node] : [];
      return [{ kind: 'paired', id: node.id, children: build(node.children) }];
    });
  const nodes = build(source.nodes);
  try {
    checkInlineCodes(source.nodes, nodes, source.codes, '');
  } catch {
    return null;
  }
  return nodes;
};

/**
 * What the export pre-fills for an existing rich-text translation, as rich text: paired code for code
 * (prefilled-target.ts), else fitted into the source's tags; null when neither works. The import
 * compares a target with it to tell a unit sent back as exported from a translator's edit.
 */
export const prefilledValue = (source: RichText, target: RichText): RichText | null => {
  const segment = richTextToSegment(source);
  const nodes = alignTarget(segment, target) ?? fitTarget(segment, target);
  return nodes === null ? null : segmentToRichText(nodes, segment.codes);
};
