/**
 * The units of an XLIFF 2.0 / 2.1 document: `<file>`s, `<group>`s, `<unit>`s. A unit's `<segment>`s and
 * `<ignorable>`s are joined in order (a tool may have split the one segment this module writes).
 */
import { XliffError } from './errors';
import type { RawUnit } from './raw-unit';
import { parseJson, toCodeData, type CodeData, type SegmentNode } from './segment';
import { readSegment } from './segment-read';
import { dataId } from './segment-xml';
import { BLOCKS_TYPE_2, XLIFF_NS_2 as NS } from './xliff-names';
import { childElements, firstChild, type XmlElement, type XmlNode } from './xml-tree';

const malformed = (message: string, unitId?: string) => new XliffError('malformed', message, unitId);

const units = (container: XmlElement): XmlElement[] =>
  childElements(container, NS).flatMap((child) =>
    child.name === 'unit' ? [child] : child.name === 'group' ? units(child) : [],
  );

/** The text of a `<data>`, with its `<cp>` characters. */
const dataText = (element: XmlElement): string =>
  element.children
    .map((child) => {
      if (child.kind === 'text') return child.text;
      const code = Number.parseInt(child.attrs.get('hex') ?? '', 16);
      return child.name === 'cp' && Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .join('');

/** Code id → data, from the codes' dataRef / dataRefStart in the source and the unit's `<originalData>`. */
const readCodes = (unit: XmlElement, source: readonly SegmentNode[], id: string): Map<string, CodeData> => {
  const originalData = firstChild(unit, NS, 'originalData');
  const data = new Map(
    (originalData === undefined ? [] : childElements(originalData, NS, 'data')).map((el) => [
      el.attrs.get('id') ?? '',
      dataText(el),
    ]),
  );
  const codes = new Map<string, CodeData>();
  const walk = (nodes: readonly SegmentNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') continue;
      const json = data.get(node.dataRef ?? dataId(node.id));
      const code = json === undefined ? null : toCodeData(parseJson(json));
      if (code === null) {
        throw malformed(
          `Unit ${id}: the formatting data (originalData) of tag ${node.id} is missing or damaged; ` +
            'export the file again.',
          id,
        );
      }
      codes.set(node.id, code);
      if (node.kind === 'paired') walk(node.children);
    }
  };
  walk(source);
  return codes;
};

const STATE_ORDER = ['initial', 'translated', 'reviewed', 'final'];

export const readUnit2 = (unit: XmlElement, original: string | null): RawUnit => {
  const id = unit.attrs.get('id');
  if (id === undefined || id === '') throw malformed('A <unit> has no id.');
  const parts = childElements(unit, NS).filter((child) => child.name === 'segment' || child.name === 'ignorable');
  if (parts.length === 0) throw malformed(`Unit ${id} has no <segment>.`, id);
  const sourceContent: XmlNode[] = [];
  let targetContent: XmlNode[] | null = [];
  const states: string[] = [];
  for (const part of parts) {
    const source = firstChild(part, NS, 'source');
    if (source === undefined) throw malformed(`Unit ${id} has a <${part.name}> without <source>.`, id);
    sourceContent.push(...source.children);
    const target = firstChild(part, NS, 'target');
    if (part.name === 'segment') states.push(part.attrs.get('state') ?? 'initial');
    if (target !== undefined) targetContent?.push(...target.children);
    else if (part.name === 'ignorable') targetContent?.push(...source.children);
    else targetContent = null;
  }
  const sourceNodes = readSegment(sourceContent, '2.0', id, 'source');
  const rich = unit.attrs.get('type') === BLOCKS_TYPE_2 || firstChild(unit, NS, 'originalData') !== undefined;
  const stated = parts.some((part) => part.attrs.has('state'));
  return {
    id,
    original,
    codes: rich ? readCodes(unit, sourceNodes, id) : null,
    source: sourceNodes,
    target: targetContent === null ? null : readSegment(targetContent, '2.0', id, 'target'),
    // The least advanced state of the unit's segments.
    state: stated ? (states.sort((a, b) => STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b))[0] ?? null) : null,
  };
};

export const readFiles2 = (root: XmlElement): RawUnit[] => {
  const files = childElements(root, NS, 'file');
  if (files.length === 0) throw malformed('The file has no <file> element: there is nothing to import.');
  return files.flatMap((file) => {
    const seen = new Set<string>();
    return units(file).map((element) => {
      const unit = readUnit2(element, file.attrs.get('original') ?? null);
      if (seen.has(unit.id)) throw malformed(`The unit id ${unit.id} appears twice in one <file>.`, unit.id);
      seen.add(unit.id);
      return unit;
    });
  });
};
