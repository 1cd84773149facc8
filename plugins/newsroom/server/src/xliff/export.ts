/**
 * `exportXliff`: localized fields → one XLIFF 1.2 / 2.0 / 2.1 document, one unit per field.
 *
 * Plain text goes in as escaped text; rich text as one segment with inline codes, the data of the
 * codes alongside (1.2 `extradata`, 2.x `<originalData>`). A target is written only when a
 * translation is given (pre-filled, marked translated, or needs-review-translation when its source
 * changed since; then the previous source and target go along: 1.2 `<alt-trans
 * alttranstype="previous-version">`, 2.x notes). A rich-text translation whose codes do not pair with
 * the source's goes out fitted into the source's tags (fitted-target.ts), needing review, with a note.
 * Unit ids carry a keyed MAC (unit-mac.ts).
 */
import { XliffError } from './errors';
import { richTextToSegment } from './inline-codes';
import { plainTextOf } from './plain-text';
import { isLanguageTag } from './languages';
import { fitTarget } from './fitted-target';
import { alignTarget } from './prefilled-target';
import { encodeCodeMap, xmlSafeJson, type Segment, type SegmentNode } from './segment';
import { dataId, renderSegment } from './segment-xml';
import { XLIFF_VERSIONS, type ExportFile, type ExportRequest, type ExportUnit, type XliffVersion } from './types';
import { encodeUnitId, UID_OF_ALIAS } from './unit-id';
import { unitMac } from './unit-mac';
import { BLOCKS_DATATYPE_12, BLOCKS_TYPE_2, XLIFF_NS_12, XLIFF_NS_2 } from './xliff-names';
import { attributes, escapeSegmentText2, escapeText } from './xml-escape';

const invalid = (message: string) => new XliffError('invalid-export', message);

const UNALIGNED_NOTE = 'The existing translation has a different structure from the source; translate from the source.';
const FITTED_NOTE =
  'The existing translation has a different structure from the source (paragraphs or formatting changed): its ' +
  'words were fitted into the tags of the source. Check the formatting, and each paragraph against the source.';
const REVIEW_NOTE =
  'The source changed since this was translated. Update the translation, or mark it final / signed-off ' +
  '(XLIFF 2: reviewed / final) to confirm it as it is.';

/** XLIFF 2 note categories (free text in the core; prefixed as our own). */
const PREVIOUS_SOURCE_CATEGORY = 'newsroom:previous-source';
const PREVIOUS_TARGET_CATEGORY = 'newsroom:previous-target';

/** A unit ready to write: its id, a readable name, and its source/target as segments. */
interface PreparedUnit {
  id: string;
  name: string;
  rich: boolean;
  segment: Segment;
  target: SegmentNode[] | null;
  needsReview: boolean;
  notes: string[];
  previous: { source: string; target: string | null } | null;
}

const aliasOf = (uid: string): string => [...UID_OF_ALIAS].find(([, value]) => value === uid)?.[0] ?? uid;

const isEmpty = (value: ExportUnit['target']): boolean =>
  value === undefined || value === null || (typeof value === 'string' ? value === '' : value.length === 0);

const prepare = (unit: ExportUnit, key: string): PreparedUnit => {
  let id: string;
  try {
    id = encodeUnitId({ ...unit, sourceMac: unitMac(key, unit, unit.source) });
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  const rich = Array.isArray(unit.source);
  const needsReview = unit.targetState === 'needs-review' && !isEmpty(unit.target);
  const notes = [...(unit.note === undefined || unit.note === '' ? [] : [unit.note]), ...(needsReview ? [REVIEW_NOTE] : [])];
  const previous =
    unit.previous === undefined
      ? null
      : {
          source: plainTextOf(unit.previous.source),
          target: isEmpty(unit.previous.target) ? null : plainTextOf(unit.previous.target as NonNullable<ExportUnit['target']>),
        };
  const base = { id, name: `${aliasOf(unit.documentUid)}.${unit.field}`, rich, notes, needsReview, previous };
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
  const existing = Array.isArray(unit.target) && unit.target.length > 0 ? unit.target : null;
  const aligned = existing === null ? null : alignTarget(segment, existing);
  if (existing === null || aligned !== null) return { ...base, segment, target: aligned };
  // Not code for code: the words fitted into the source's tags, to review; else no target.
  const fitted = fitTarget(segment, existing);
  if (fitted === null) return { ...base, notes: [...notes, UNALIGNED_NOTE], segment, target: null };
  return { ...base, needsReview: true, notes: [...notes, FITTED_NOTE], segment, target: fitted };
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
  const state = unit.needsReview ? 'needs-review-translation' : 'translated';
  const target =
    unit.target === null
      ? ''
      : `        <target state="${state}">${renderSegment(unit.target, codes, '1.2')}</target>\n`;
  // alt-trans needs a target: the previous translation (plain text: its tags belong to the old source).
  const previous =
    unit.previous === null || unit.previous.target === null
      ? ''
      : `        <alt-trans alttranstype="previous-version">\n          <source>${escapeText(unit.previous.source)}</source>\n` +
        `          <target>${escapeText(unit.previous.target)}</target>\n        </alt-trans>\n`;
  return (
    `      <trans-unit${attrs}>\n        <source>${renderSegment(nodes, codes, '1.2')}</source>\n` +
    `${target}${previous}${notes12(unit.notes, '        ')}      </trans-unit>\n`
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
  const previous =
    unit.previous === null
      ? []
      : [
          `        <note category="${PREVIOUS_SOURCE_CATEGORY}" appliesTo="source">${escapeText(unit.previous.source)}</note>\n`,
          ...(unit.previous.target === null
            ? []
            : [`        <note category="${PREVIOUS_TARGET_CATEGORY}" appliesTo="target">${escapeText(unit.previous.target)}</note>\n`]),
        ];
  const all = [...unit.notes.map((note) => `        <note>${escapeText(note)}</note>\n`), ...previous];
  const notes = all.length === 0 ? '' : `      <notes>\n${all.join('')}      </notes>\n`;
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
    const units = file.units.map((unit) => prepare(unit, request.key));
    const ids = new Set<string>();
    for (const unit of units) {
      if (ids.has(unit.id)) throw invalid(`Unit ${unit.id} is in file "${file.id}" twice`);
      ids.add(unit.id);
    }
    return request.version === '1.2' ? file12(file, units, request) : file2(file, units);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${header(request.version, request)}${files.join('')}</xliff>\n`;
};
