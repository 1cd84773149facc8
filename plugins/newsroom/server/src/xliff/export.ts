/**
 * `exportXliff`: localized fields → one XLIFF 1.2 / 2.0 / 2.1 document, one unit per field.
 *
 * Plain text goes in as escaped text; rich text as one segment with inline codes, the data of the
 * codes alongside (1.2 `extradata`, 2.x `<originalData>`). A target is written only when a
 * translation is given (pre-filled, marked translated).
 */
import { XliffError } from './errors';
import { fingerprint } from './fingerprint';
import { richTextToSegment } from './inline-codes';
import { isLanguageTag } from './languages';
import { alignTarget } from './prefilled-target';
import { encodeCodeMap, xmlSafeJson, type Segment, type SegmentNode } from './segment';
import { dataId, renderSegment } from './segment-xml';
import { XLIFF_VERSIONS, type ExportFile, type ExportRequest, type ExportUnit, type XliffVersion } from './types';
import { encodeUnitId, UID_OF_ALIAS } from './unit-id';
import { BLOCKS_DATATYPE_12, BLOCKS_TYPE_2, XLIFF_NS_12, XLIFF_NS_2 } from './xliff-names';
import { attributes, escapeSegmentText2, escapeText } from './xml-escape';

const invalid = (message: string) => new XliffError('invalid-export', message);

const UNALIGNED_NOTE = 'The existing translation has a different structure from the source; translate from the source.';

/** A unit ready to write: its id, a readable name, and its source/target as segments. */
interface PreparedUnit {
  id: string;
  name: string;
  rich: boolean;
  segment: Segment;
  target: SegmentNode[] | null;
  notes: string[];
}

const aliasOf = (uid: string): string => [...UID_OF_ALIAS].find(([, value]) => value === uid)?.[0] ?? uid;

const isEmpty = (value: ExportUnit['target']): boolean =>
  value === undefined || value === null || (typeof value === 'string' ? value === '' : value.length === 0);

const prepare = (unit: ExportUnit): PreparedUnit => {
  let id: string;
  try {
    id = encodeUnitId({ ...unit, sourceFingerprint: fingerprint(unit.source) });
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  const rich = Array.isArray(unit.source);
  const notes = unit.note === undefined || unit.note === '' ? [] : [unit.note];
  const base = { id, name: `${aliasOf(unit.documentUid)}.${unit.field}`, rich, notes };
  if (!isEmpty(unit.target) && Array.isArray(unit.target) !== rich) {
    throw invalid(`Unit ${id}: the target is ${rich ? 'plain text' : 'rich text'} but the source is not`);
  }
  if (typeof unit.source === 'string') {
    const target =
      typeof unit.target === 'string' && unit.target !== '' ? [{ kind: 'text' as const, text: unit.target }] : null;
    return {
      ...base,
      segment: { nodes: unit.source === '' ? [] : [{ kind: 'text', text: unit.source }], codes: new Map() },
      target,
    };
  }
  const segment = richTextToSegment(unit.source);
  const target = Array.isArray(unit.target) && unit.target.length > 0 ? alignTarget(segment, unit.target) : null;
  if (target === null && !isEmpty(unit.target)) notes.push(UNALIGNED_NOTE);
  return { ...base, segment, target };
};

const notes12 = (notes: string[], indent: string) =>
  notes.map((note) => `${indent}<note>${escapeText(note)}</note>\n`).join('');

const unit12 = (unit: PreparedUnit): string => {
  const { nodes, codes } = unit.segment;
  const attrs = attributes({
    id: unit.id,
    resname: unit.name,
    datatype: unit.rich ? BLOCKS_DATATYPE_12 : undefined,
    extradata: unit.rich ? encodeCodeMap(codes) : undefined,
    'xml:space': 'preserve',
  });
  const target =
    unit.target === null
      ? ''
      : `        <target state="translated">${renderSegment(unit.target, codes, '1.2')}</target>\n`;
  return (
    `      <trans-unit${attrs}>\n        <source>${renderSegment(nodes, codes, '1.2')}</source>\n` +
    `${target}${notes12(unit.notes, '        ')}      </trans-unit>\n`
  );
};

const unit2 = (unit: PreparedUnit): string => {
  const { nodes, codes } = unit.segment;
  const attrs = attributes({
    id: unit.id,
    name: unit.name,
    type: unit.rich ? BLOCKS_TYPE_2 : undefined,
    canResegment: 'no',
    'xml:space': 'preserve',
  });
  const notes =
    unit.notes.length === 0
      ? ''
      : `      <notes>\n${unit.notes.map((note) => `        <note>${escapeText(note)}</note>\n`).join('')}` +
        '      </notes>\n';
  const data = [...codes]
    .map(([id, code]) => `        <data id="${dataId(id)}">${escapeSegmentText2(xmlSafeJson(code))}</data>\n`)
    .join('');
  const originalData = data === '' ? '' : `      <originalData>\n${data}      </originalData>\n`;
  const state = unit.target === null ? '' : ' state="translated"';
  const target = unit.target === null ? '' : `\n        <target>${renderSegment(unit.target, codes, '2.0')}</target>`;
  return (
    `    <unit${attrs}>\n${notes}${originalData}      <segment${state}>\n` +
    `        <source>${renderSegment(nodes, codes, '2.0')}</source>${target}\n      </segment>\n    </unit>\n`
  );
};

const file12 = (file: ExportFile, units: PreparedUnit[], request: ExportRequest): string => {
  const attrs = attributes({
    original: file.original,
    datatype: 'plaintext',
    'source-language': request.sourceLanguage,
    'target-language': request.targetLanguage,
  });
  return `  <file${attrs}>\n    <body>\n${units.map(unit12).join('')}    </body>\n  </file>\n`;
};

const file2 = (file: ExportFile, units: PreparedUnit[]): string =>
  `  <file${attributes({ id: file.id, original: file.original })}>\n${units.map(unit2).join('')}  </file>\n`;

const validate = (request: ExportRequest): void => {
  if (!(XLIFF_VERSIONS as readonly string[]).includes(request.version)) {
    throw invalid(`Unknown XLIFF version "${request.version}"`);
  }
  for (const language of [request.sourceLanguage, request.targetLanguage]) {
    if (!isLanguageTag(language)) throw invalid(`"${language}" is not a BCP 47 language tag`);
  }
  const fileIds = new Set<string>();
  for (const file of request.files) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(file.id)) throw invalid(`File id "${file.id}" is not a valid XLIFF id`);
    if (fileIds.has(file.id)) throw invalid(`File id "${file.id}" is used twice`);
    fileIds.add(file.id);
  }
};

const header = (version: XliffVersion, request: ExportRequest): string => {
  if (version === '1.2') return `<xliff${attributes({ version: '1.2', xmlns: XLIFF_NS_12 })}>\n`;
  const { sourceLanguage: srcLang, targetLanguage: trgLang } = request;
  return `<xliff${attributes({ xmlns: XLIFF_NS_2, version, srcLang, trgLang })}>\n`;
};

export const exportXliff = (request: ExportRequest): string => {
  validate(request);
  const files = request.files.map((file) => {
    const units = file.units.map(prepare);
    const ids = new Set<string>();
    for (const unit of units) {
      if (ids.has(unit.id)) throw invalid(`Unit ${unit.id} is in file "${file.id}" twice`);
      ids.add(unit.id);
    }
    return request.version === '1.2' ? file12(file, units, request) : file2(file, units);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${header(request.version, request)}${files.join('')}</xliff>\n`;
};
