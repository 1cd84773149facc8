/** XLIFF 1.2 / 2.0 / 2.1 export and import of newsroom translations. Pure: no Strapi inside. */
export { XliffError, isXliffError, type XliffErrorCode } from './errors';
export { exportXliff } from './export';
export { fingerprint } from './fingerprint';
export { prefilledValue } from './fitted-target';
export { richTextToSegment, segmentToRichText } from './inline-codes';
export { checkInlineCodes } from './inline-code-check';
export { parseXliff } from './parse';
export { targetDisposition, type TargetDisposition } from './target-state';
export { rebuildTarget } from './unit-import';
export { currentMac, exportedForm, MIN_KEY_LENGTH, unitMac } from './unit-mac';
export { plainTextOf } from './plain-text';
export type { CodeData, CodeMap, Segment, SegmentNode } from './segment';
export { decodeUnitId, encodeUnitId } from './unit-id';
export { DEFAULT_MAX_BYTES } from './xml-safety';
export * from './types';
