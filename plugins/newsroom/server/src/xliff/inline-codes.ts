/**
 * Rich text (Strapi blocks) ↔ one segment with inline codes, so that the markup survives a CAT tool.
 *
 * Export: each block and link becomes a paired code around its content, each text mark a paired code
 * around the text it applies to (runs that share a mark share one code: `<b>Bold and <i>both</i></b>`),
 * each line break and image a standalone code. Import: the same codes, possibly moved by the
 * translator, turn back into blocks; what each code stands for comes from the `CodeMap`.
 */
import { XliffError } from './errors';
import {
  INLINE_ELEMENT_TYPES,
  MARK_ORDER,
  isRecord,
  nodeType,
  type CodeData,
  type CodeMap,
  type RichTextNode,
  type Segment,
  type SegmentNode,
} from './segment';
import type { RichText } from './types';

const markRank = (mark: string): number => {
  const rank = MARK_ORDER.indexOf(mark);
  return rank === -1 ? MARK_ORDER.length : rank;
};

const sortMarks = (marks: Iterable<string>): string[] =>
  [...new Set(marks)].sort((a, b) => markRank(a) - markRank(b) || (a < b ? -1 : a > b ? 1 : 0));

/** A text node's marks: its properties set to `true`, other than `type` and `text`. */
const marksOf = (node: RichTextNode): string[] =>
  sortMarks(Object.keys(node).filter((key) => key !== 'type' && key !== 'text' && node[key] === true));

const isTextNode = (node: RichTextNode): boolean =>
  node.type === 'text' || (node.type === undefined && typeof node.text === 'string');

const withoutChildren = (node: RichTextNode): RichTextNode =>
  Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'children'));

interface Leaf {
  text: string | null; // null: a line break
  marks: string[];
}

export const richTextToSegment = (blocks: RichText): Segment => {
  const codes = new Map<string, CodeData>();
  const addCode = (data: CodeData): string => {
    const id = String(codes.size + 1);
    codes.set(id, data);
    return id;
  };

  /** Wraps a run of text leaves in mark codes, greedily giving each code the longest stretch it covers. */
  const wrapLeaves = (leaves: Leaf[], open: ReadonlySet<string>): SegmentNode[] => {
    const out: SegmentNode[] = [];
    let i = 0;
    while (i < leaves.length) {
      const leaf = leaves[i]!;
      const pending = leaf.marks.filter((mark) => !open.has(mark));
      if (pending.length === 0) {
        out.push(
          leaf.text === null
            ? { kind: 'standalone', id: addCode({ kind: 'break' }) }
            : { kind: 'text', text: leaf.text },
        );
        i += 1;
        continue;
      }
      let best = pending[0]!;
      let bestEnd = i + 1;
      for (const mark of pending) {
        let end = i;
        while (end < leaves.length && leaves[end]!.marks.includes(mark)) end += 1;
        if (end > bestEnd) [best, bestEnd] = [mark, end];
      }
      const id = addCode({ kind: 'mark', mark: best });
      out.push({ kind: 'paired', id, children: wrapLeaves(leaves.slice(i, bestEnd), new Set([...open, best])) });
      i = bestEnd;
    }
    return out;
  };

  const convert = (nodes: unknown[]): SegmentNode[] => {
    const out: SegmentNode[] = [];
    let run: Leaf[] = [];
    const flush = () => {
      out.push(...wrapLeaves(run, new Set()));
      run = [];
    };
    for (const node of nodes) {
      if (!isRecord(node)) throw new XliffError('invalid-export', 'Rich text contains a node that is not an object');
      if (isTextNode(node)) {
        const marks = marksOf(node);
        String(node.text ?? '')
          .split('\n')
          .forEach((piece, index) => {
            if (index > 0) run.push({ text: null, marks });
            if (piece !== '') run.push({ text: piece, marks });
          });
        continue;
      }
      flush();
      if (nodeType(node) === 'image' || !Array.isArray(node.children)) {
        out.push({ kind: 'standalone', id: addCode({ kind: 'void', node }) });
      } else {
        const id = addCode({ kind: 'element', node: withoutChildren(node) });
        out.push({ kind: 'paired', id, children: convert(node.children as unknown[]) });
      }
    }
    flush();
    return out;
  };

  const nodes = convert(blocks);
  return { nodes, codes };
};

const EMPTY_TEXT = (): RichTextNode => ({ type: 'text', text: '' });
const isBlockNode = (node: RichTextNode): boolean => !isTextNode(node) && !INLINE_ELEMENT_TYPES.has(nodeType(node));

/** Appends a node, merging a text node into the previous one when their marks are the same. */
const pushNode = (out: RichTextNode[], node: RichTextNode): void => {
  const last = out[out.length - 1];
  if (last !== undefined && isTextNode(last) && isTextNode(node) && marksOf(last).join() === marksOf(node).join()) {
    out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    return;
  }
  out.push(node);
};

/** What Strapi's editor (Slate) expects: a block of text has a text child, and a link has text on both sides. */
const normalizeChildren = (children: RichTextNode[]): RichTextNode[] => {
  if (children.some(isBlockNode)) return children.filter((child) => !isTextNode(child));
  const out: RichTextNode[] = [];
  for (const child of children) {
    const previous = out[out.length - 1];
    if (!isTextNode(child) && (previous === undefined || !isTextNode(previous))) out.push(EMPTY_TEXT());
    out.push(child);
  }
  const last = out[out.length - 1];
  if (last === undefined || !isTextNode(last)) out.push(EMPTY_TEXT());
  return out;
};

const textNode = (text: string, marks: readonly string[]): RichTextNode => ({
  type: 'text',
  text,
  ...Object.fromEntries(sortMarks(marks).map((mark) => [mark, true])),
});

const clone = <T>(value: T): T => structuredClone(value);

/**
 * Blocks from a segment and the data of its codes. Expects codes already checked against the source
 * (`checkInlineCodes`); an unknown code is an error. Text between blocks (whitespace) is dropped.
 */
export const segmentToRichText = (nodes: readonly SegmentNode[], codes: CodeMap): RichText => {
  const build = (items: readonly SegmentNode[], marks: readonly string[]): RichTextNode[] => {
    const out: RichTextNode[] = [];
    for (const item of items) {
      if (item.kind === 'text') {
        if (item.text !== '') pushNode(out, textNode(item.text, marks));
        continue;
      }
      const data = codes.get(item.id);
      if (data === undefined) throw new XliffError('malformed', `Tag ${item.id} has no formatting data in the file`);
      if (item.kind === 'standalone') {
        if (data.kind === 'break') pushNode(out, textNode('\n', marks));
        else if (data.kind === 'void') out.push(clone(data.node));
        continue;
      }
      if (data.kind === 'mark') {
        build(item.children, [...marks, data.mark]).forEach((node) => pushNode(out, node));
      } else if (data.kind === 'element') {
        const inline = INLINE_ELEMENT_TYPES.has(nodeType(data.node));
        const children = normalizeChildren(build(item.children, inline ? marks : []));
        out.push({ ...clone(data.node), children });
      }
    }
    return out;
  };
  return build(nodes, []).filter((node) => !isTextNode(node));
};
