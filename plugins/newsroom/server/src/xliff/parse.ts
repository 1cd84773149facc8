/**
 * `parseXliff`: an uploaded XLIFF 1.2 / 2.0 / 2.1 file → the translations in it.
 *
 * Safety first, before any parser runs: size, encoding, no DOCTYPE/ENTITY, well-formedness. Then
 * fast-xml-parser with entity processing off; text is decoded by hand (five entities, numeric refs).
 */
import { XliffError } from './errors';
import { assertTargetLanguage } from './languages';
import type { RawDocument } from './raw-unit';
import { readXliff12 } from './read-xliff12';
import { readFiles2 } from './read-xliff2';
import type { ImportResult, ImportedUnit, ParseOptions, XliffVersion } from './types';
import { importUnit } from './unit-import';
import { XLIFF_NS_12, XLIFF_NS_2 } from './xliff-names';
import { assertNoDoctype, assertWellFormed, decodeInput, DEFAULT_MAX_BYTES } from './xml-safety';
import { parseXmlTree, type XmlElement } from './xml-tree';

const NAMESPACE_OF: ReadonlyMap<string, string> = new Map([
  ['1.2', XLIFF_NS_12],
  ['2.0', XLIFF_NS_2],
  ['2.1', XLIFF_NS_2],
]);

const isVersion = (value: string): value is XliffVersion => NAMESPACE_OF.has(value);

const readVersion = (root: XmlElement): XliffVersion => {
  if (root.name !== 'xliff') {
    throw new XliffError(
      'wrong-version',
      `This is not an XLIFF file: its root element is <${root.name}>, not <xliff>.`,
    );
  }
  const version = root.attrs.get('version') ?? '';
  if (!isVersion(version)) {
    throw new XliffError(
      'wrong-version',
      `XLIFF version "${version}" is not supported. ` +
        'Export the file as XLIFF 1.2, 2.0 or 2.1 from your translation tool.',
    );
  }
  const expected = NAMESPACE_OF.get(version);
  if (root.ns !== expected) {
    throw new XliffError(
      'wrong-version',
      `The file says it is XLIFF ${version} but its namespace is ${root.ns === null ? 'missing' : `"${root.ns}"`}; ` +
        `XLIFF ${version} uses "${expected}".`,
    );
  }
  return version;
};

const readDocument = (root: XmlElement, version: XliffVersion, targetLanguage: string): RawDocument => {
  if (version === '1.2') return readXliff12(root, targetLanguage);
  const sourceLanguage = root.attrs.get('srcLang');
  if (sourceLanguage === undefined || sourceLanguage === '') {
    throw new XliffError('malformed', 'The <xliff> element has no srcLang.');
  }
  const declared = assertTargetLanguage(root.attrs.get('trgLang'), targetLanguage);
  return { sourceLanguage, targetLanguage: declared, units: readFiles2(root) };
};

export const parseXliff = (xml: string | Uint8Array, options: ParseOptions): ImportResult => {
  const text = decodeInput(xml, options.maxBytes ?? DEFAULT_MAX_BYTES);
  assertNoDoctype(text);
  assertWellFormed(text);
  const root = parseXmlTree(text);
  const version = readVersion(root);
  const document = readDocument(root, version, options.targetLanguage);
  const units: ImportedUnit[] = [];
  const unknownIds: string[] = [];
  for (const raw of document.units) {
    const unit = importUnit(raw, options.key, version);
    if (unit === null) unknownIds.push(raw.id);
    else units.push(unit);
  }
  return {
    version,
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
    units,
    unknownIds,
  };
};
