/**
 * Reading the inline content of a `<source>` or `<target>` into a segment. 1.2: `<g>` (paired), `<x/>`
 * (standalone). 2.x: `<pc>` (paired), `<sc/>`…`<ec startRef/>` (paired, as tools write a `<pc>` split
 * across segments), `<ph/>` (standalone), `<cp hex/>` (a character XML cannot carry). Annotations
 * (`<mrk>`, and 2.x `<sm/>`/`<em/>`) are transparent: their text is kept, the markers dropped.
 */
import { XliffError } from './errors';
import type { SegmentNode } from './segment';
import type { XliffVersion } from './types';
import { XLIFF_NS_12, XLIFF_NS_2 } from './xliff-names';
import type { XmlElement, XmlNode } from './xml-tree';

type Token =
  | { t: 'text'; text: string }
  | { t: 'open'; id: string; dataRef?: string }
  | { t: 'close'; id: string }
  | { t: 'standalone'; id: string; dataRef?: string };

export type SegmentRole = 'source' | 'target';

/** `{ dataRef }` when there is one (exactOptionalPropertyTypes-friendly spread). */
const dataRef = (value: string | undefined): { dataRef?: string } => (value === undefined ? {} : { dataRef: value });

export const readSegment = (
  content: readonly XmlNode[],
  version: XliffVersion,
  unitId: string,
  role: SegmentRole,
): SegmentNode[] => {
  const ns = version === '1.2' ? XLIFF_NS_12 : XLIFF_NS_2;
  const fail = (problem: string): never => {
    if (role === 'source') {
      throw new XliffError(
        'malformed',
        `Unit ${unitId}: the source cannot be read (${problem}); export the file again.`,
        unitId,
      );
    }
    throw new XliffError('inline-codes-altered', `Unit ${unitId}: the translation cannot be read: ${problem}.`, unitId);
  };
  const idOf = (element: XmlElement, attr = 'id'): string => {
    const id = element.attrs.get(attr);
    return id === undefined || id === '' ? fail(`a <${element.name}> tag has no ${attr}`) : id;
  };

  const tokens: Token[] = [];
  const tokenize = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'text') {
        tokens.push({ t: 'text', text: node.text });
        continue;
      }
      if (node.ns !== ns) fail(`it contains an unexpected <${node.name}> element`);
      const element = node;
      switch (`${version === '1.2' ? '1' : '2'}:${element.name}`) {
        case '1:g':
        case '2:pc': {
          const id = idOf(element);
          tokens.push({ t: 'open', id, ...dataRef(element.attrs.get('dataRefStart')) });
          tokenize(element.children);
          tokens.push({ t: 'close', id });
          break;
        }
        case '1:x':
        case '2:ph':
          tokens.push({ t: 'standalone', id: idOf(element), ...dataRef(element.attrs.get('dataRef')) });
          break;
        case '2:sc':
          if (element.attrs.get('isolated') === 'yes') fail(`tag ${idOf(element)} is isolated from its end`);
          tokens.push({ t: 'open', id: idOf(element), ...dataRef(element.attrs.get('dataRef')) });
          break;
        case '2:ec':
          if (element.attrs.get('isolated') === 'yes') fail('an end tag is isolated from its start');
          tokens.push({ t: 'close', id: idOf(element, 'startRef') });
          break;
        case '2:cp': {
          const code = Number.parseInt(element.attrs.get('hex') ?? '', 16);
          if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) fail('a <cp> has no valid hex value');
          tokens.push({ t: 'text', text: String.fromCodePoint(code) });
          break;
        }
        case '1:mrk':
        case '2:mrk':
          tokenize(element.children);
          break;
        case '2:sm':
        case '2:em':
          break;
        default:
          fail(`it uses a <${element.name}> tag, which this import does not read; keep the tags of the source`);
      }
    }
  };
  tokenize(content);

  const root: SegmentNode[] = [];
  const stack: Array<{ id: string; children: SegmentNode[] }> = [];
  const current = () => stack[stack.length - 1]?.children ?? root;
  for (const token of tokens) {
    const into = current();
    if (token.t === 'text') {
      const last = into[into.length - 1];
      if (last?.kind === 'text') last.text += token.text;
      else if (token.text !== '') into.push({ kind: 'text', text: token.text });
    } else if (token.t === 'standalone') {
      into.push({ kind: 'standalone', id: token.id, ...dataRef(token.dataRef) });
    } else if (token.t === 'open') {
      const children: SegmentNode[] = [];
      into.push({ kind: 'paired', id: token.id, children, ...dataRef(token.dataRef) });
      stack.push({ id: token.id, children });
    } else {
      const open = stack.pop();
      if (open === undefined) fail(`tag ${token.id} ends without starting`);
      else if (open.id !== token.id) fail(`tags ${open.id} and ${token.id} overlap`);
    }
  }
  const unclosed = stack.pop();
  if (unclosed !== undefined) fail(`tag ${unclosed.id} is never closed`);
  return root;
};
