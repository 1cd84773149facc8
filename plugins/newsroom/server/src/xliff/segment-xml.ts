/**
 * Writing a segment as XLIFF inline markup.
 *
 * 1.2: paired codes are `<g id ctype clone="no">`, standalone codes `<x id ctype clone="no"/>`, with the
 * standard ctype values where there is one (bold, italic, underlined, link; image, lb) and `x-` values
 * otherwise (x-paragraph, x-heading-2, x-list-ordered, x-strikethrough, ...). 2.x: `<pc>` and `<ph>` with
 * `type`/`subType` (xlf:b, xlf:i, xlf:u, xlf:lb, newsroom:heading-2, ...), `dataRefStart`/`dataRef` pointing
 * at the code's `<data>` in `<originalData>`, and canCopy/canDelete="no".
 */
import { nodeType, type CodeData, type CodeMap, type SegmentNode } from './segment';
import type { XliffVersion } from './types';
import { attributes, escapeSegmentText2, escapeText } from './xml-escape';

const token = (value: string): string => value.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'node';

/** A name for the code's element type: 'paragraph', 'heading-2', 'list-ordered', 'code-block'. */
const elementName = (data: CodeData): string => {
  if (data.kind === 'mark') return token(data.mark);
  if (data.kind === 'break') return 'lb';
  const type = nodeType(data.node);
  if (type === 'heading' && data.node.level !== undefined) return `heading-${token(String(data.node.level))}`;
  if (type === 'list' && typeof data.node.format === 'string') return `list-${token(data.node.format)}`;
  if (type === 'code') return 'code-block';
  return token(type);
};

const CTYPE_12: Readonly<Record<string, string>> = { bold: 'bold', italic: 'italic', underline: 'underlined' };

const ctype12 = (data: CodeData): string => {
  if (data.kind === 'break') return 'lb';
  if (data.kind === 'void' && nodeType(data.node) === 'image') return 'image';
  if (data.kind === 'element' && nodeType(data.node) === 'link') return 'link';
  if (data.kind === 'mark' && Object.hasOwn(CTYPE_12, data.mark)) return CTYPE_12[data.mark]!;
  return `x-${elementName(data)}`;
};

const SUBTYPE_2: Readonly<Record<string, string>> = { bold: 'xlf:b', italic: 'xlf:i', underline: 'xlf:u' };

const typeAttrs2 = (data: CodeData): { type: string; subType?: string } => {
  switch (data.kind) {
    case 'break':
      return { type: 'fmt', subType: 'xlf:lb' };
    case 'mark':
      return {
        type: 'fmt',
        subType: Object.hasOwn(SUBTYPE_2, data.mark) ? SUBTYPE_2[data.mark] : `newsroom:${elementName(data)}`,
      };
    case 'void':
      return nodeType(data.node) === 'image'
        ? { type: 'image' }
        : { type: 'other', subType: `newsroom:${elementName(data)}` };
    case 'element':
      return nodeType(data.node) === 'link'
        ? { type: 'link' }
        : { type: 'other', subType: `newsroom:${elementName(data)}` };
  }
};

/** The id of the `<data>` element of a code (XLIFF 2). */
export const dataId = (codeId: string): string => `d${codeId}`;

export const renderSegment = (nodes: readonly SegmentNode[], codes: CodeMap, version: XliffVersion): string => {
  const render = (item: SegmentNode): string => {
    if (item.kind === 'text') return version === '1.2' ? escapeText(item.text) : escapeSegmentText2(item.text);
    const data = codes.get(item.id);
    if (data === undefined) throw new RangeError(`Code ${item.id} has no data`);
    const inner = item.kind === 'paired' ? item.children.map(render).join('') : '';
    if (version === '1.2') {
      const attrs = attributes({ id: item.id, ctype: ctype12(data), clone: 'no' });
      return item.kind === 'paired' ? `<g${attrs}>${inner}</g>` : `<x${attrs}/>`;
    }
    const common = { canCopy: 'no', canDelete: 'no' };
    if (item.kind === 'paired') {
      const attrs = attributes({ id: item.id, ...typeAttrs2(data), dataRefStart: dataId(item.id), ...common });
      return `<pc${attrs}>${inner}</pc>`;
    }
    return `<ph${attributes({ id: item.id, ...typeAttrs2(data), dataRef: dataId(item.id), ...common })}/>`;
  };
  return nodes.map(render).join('');
};
