/**
 * A pre-filled rich-text target must use the source's code ids. This pairs the codes of an existing
 * translation with those of the source: blocks one to one in order (same type, same nesting), then,
 * inside each block, marks, links and breaks of the same kind in order of appearance. When the two do
 * not have the same shape (a paragraph added since, a bold more), there is no pairing: the export then
 * fits the translation's words into the source's tags (fitted-target.ts).
 */
import { checkInlineCodes, collectCodeSites } from './inline-code-check';
import { richTextToSegment } from './inline-codes';
import { isBlockCode, nodeType, type CodeData, type CodeMap, type Segment, type SegmentNode } from './segment';
import type { RichText } from './types';

const codeKey = (data: CodeData | undefined): string => {
  if (data === undefined) return '';
  if (data.kind === 'mark') return `mark:${data.mark}`;
  if (data.kind === 'break') return 'break';
  return `${data.kind}:${nodeType(data.node)}`;
};

const blockTest = (codes: CodeMap) => (id: string) => {
  const data = codes.get(id);
  return data !== undefined && isBlockCode(data);
};

const renameIds = (nodes: readonly SegmentNode[], rename: ReadonlyMap<string, string>): SegmentNode[] =>
  nodes.map((node) => {
    if (node.kind === 'text') return node;
    const id = rename.get(node.id) ?? node.id;
    return node.kind === 'paired'
      ? { kind: 'paired', id, children: renameIds(node.children, rename) }
      : { kind: 'standalone', id };
  });

/** The target's segment with the source's code ids, or null when the two cannot be paired. */
export const alignTarget = (source: Segment, value: RichText): SegmentNode[] | null => {
  const target = richTextToSegment(value);
  const sourceSites = collectCodeSites(source.nodes, blockTest(source.codes));
  const targetSites = collectCodeSites(target.nodes, blockTest(target.codes));
  const rename = new Map<string, string>();
  const mapBlock = (block: string) => (block === '' ? '' : rename.get(block));

  const sourceBlocks = sourceSites.filter((site) => site.isBlock);
  const targetBlocks = targetSites.filter((site) => site.isBlock);
  if (sourceBlocks.length !== targetBlocks.length) return null;
  for (const [index, site] of targetBlocks.entries()) {
    const counterpart = sourceBlocks[index]!;
    if (codeKey(source.codes.get(counterpart.id)) !== codeKey(target.codes.get(site.id))) return null;
    if (mapBlock(site.block) !== counterpart.block) return null;
    rename.set(site.id, counterpart.id);
  }

  const queues = new Map<string, string[]>();
  for (const site of sourceSites.filter((candidate) => !candidate.isBlock)) {
    const key = `${site.block}|${codeKey(source.codes.get(site.id))}`;
    queues.set(key, [...(queues.get(key) ?? []), site.id]);
  }
  for (const site of targetSites.filter((candidate) => !candidate.isBlock)) {
    const id = queues.get(`${mapBlock(site.block) ?? ''}|${codeKey(target.codes.get(site.id))}`)?.shift();
    if (id === undefined) return null;
    rename.set(site.id, id);
  }
  if ([...queues.values()].some((queue) => queue.length > 0)) return null;

  const nodes = renameIds(target.nodes, rename);
  try {
    checkInlineCodes(source.nodes, nodes, source.codes, '');
  } catch {
    return null;
  }
  return nodes;
};
