/** The units of an XLIFF 1.2 document: `<file>`s (each with its target-language), `<group>`s, `<trans-unit>`s. */
import { XliffError } from './errors';
import { assertTargetLanguage, sameLanguage } from './languages';
import type { RawDocument, RawUnit } from './raw-unit';
import { decodeCodeMap } from './segment';
import { readSegment } from './segment-read';
import { BLOCKS_DATATYPE_12, XLIFF_NS_12 as NS } from './xliff-names';
import { childElements, firstChild, type XmlElement } from './xml-tree';

const malformed = (message: string, unitId?: string) => new XliffError('malformed', message, unitId);

const transUnits = (container: XmlElement): XmlElement[] =>
  childElements(container, NS).flatMap((child) =>
    child.name === 'trans-unit' ? [child] : child.name === 'group' ? transUnits(child) : [],
  );

const readTransUnit = (unit: XmlElement, original: string | null): RawUnit => {
  const id = unit.attrs.get('id');
  if (id === undefined || id === '') throw malformed('A <trans-unit> has no id.');
  const source = firstChild(unit, NS, 'source');
  if (source === undefined) throw malformed(`Unit ${id} has no <source>.`, id);
  const target = firstChild(unit, NS, 'target');
  const extradata = unit.attrs.get('extradata');
  const rich = unit.attrs.get('datatype') === BLOCKS_DATATYPE_12;
  const codes = rich && extradata !== undefined ? decodeCodeMap(extradata) : null;
  if (rich && codes === null) {
    throw malformed(
      `Unit ${id}: the formatting data (extradata) of this rich text is missing or damaged; export the file again.`,
      id,
    );
  }
  return {
    id,
    original,
    codes,
    source: readSegment(source.children, '1.2', id, 'source'),
    target: target === undefined ? null : readSegment(target.children, '1.2', id, 'target'),
    state: target?.attrs.get('state') ?? null,
  };
};

export const readXliff12 = (root: XmlElement, targetLanguage: string): RawDocument => {
  const files = childElements(root, NS, 'file');
  if (files.length === 0) throw malformed('The file has no <file> element: there is nothing to import.');
  let sourceLanguage: string | undefined;
  let declaredTarget = '';
  const units: RawUnit[] = [];
  for (const file of files) {
    const fileSource = file.attrs.get('source-language');
    if (fileSource === undefined || fileSource === '') throw malformed('A <file> has no source-language.');
    if (sourceLanguage !== undefined && !sameLanguage(sourceLanguage, fileSource)) {
      throw malformed(`The <file>s have different source languages ("${sourceLanguage}", "${fileSource}").`);
    }
    sourceLanguage ??= fileSource;
    declaredTarget = assertTargetLanguage(file.attrs.get('target-language'), targetLanguage);
    const body = firstChild(file, NS, 'body');
    if (body === undefined) throw malformed('A <file> has no <body>.');
    const seen = new Set<string>();
    for (const element of transUnits(body)) {
      const unit = readTransUnit(element, file.attrs.get('original') ?? null);
      if (seen.has(unit.id)) throw malformed(`The unit id ${unit.id} appears twice in one <file>.`, unit.id);
      seen.add(unit.id);
      units.push(unit);
    }
  }
  return { sourceLanguage: sourceLanguage ?? '', targetLanguage: declaredTarget, units };
};
