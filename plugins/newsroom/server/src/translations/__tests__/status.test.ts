import { fingerprint } from '../../xliff';
import { isEmptyValue, leastCurrent, translationStatus } from '../status';

const FIELDS = ['title', 'summary'];
const source = { title: 'NATO and EU', summary: 'Old summary' };
const translated = { title: "L'OTAN et l'UE", summary: 'Ancien résumé' };
const record = {
  fingerprints: { title: fingerprint('NATO and EU'), summary: fingerprint('Old summary') },
  snapshot: { title: 'NATO and EU', summary: 'Old summary' },
};
const base = { fields: FIELDS, source, translation: translated, record, sourceUpdatedAt: 9, translationUpdatedAt: 1 };

describe('translationStatus', () => {
  it('is missing without a translation', () => {
    expect(translationStatus({ ...base, translation: null }).status).toBe('missing');
  });

  it('is current while the source is what the translation was made from', () => {
    expect(translationStatus(base)).toEqual({ status: 'current', changes: [] });
  });

  it('names exactly the fields whose source changed, old and new text side by side', () => {
    const result = translationStatus({ ...base, source: { ...source, summary: 'New summary' } });
    expect(result).toEqual({
      status: 'outdated',
      changes: [{ field: 'summary', status: 'outdated', previousSource: 'Old summary', currentSource: 'New summary' }],
    });
  });

  it('ignores fields that are not tracked (non-localized ones)', () => {
    expect(translationStatus({ ...base, source: { ...source, issuedAt: '2030-01-01' } }).status).toBe('current');
  });

  it('without a record, compares update times', () => {
    const args = { ...base, record: null };
    expect(translationStatus({ ...args, sourceUpdatedAt: 1, translationUpdatedAt: 2 }).status).toBe('current');
    expect(translationStatus({ ...args, sourceUpdatedAt: 3, translationUpdatedAt: 2 }).status).toBe('outdated');
  });

  // Issue 8 item 9: a field empty in the source has nothing to translate, whatever is recorded.
  it('never counts a field that is empty in the source, recorded or not', () => {
    const fields = ['unit', 'location', 'durationNote', 'body'];
    const deployment = { unit: 'KFOR', location: null, durationNote: '', body: [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }] };
    const onlyUnit = { fingerprints: { unit: fingerprint('KFOR') }, snapshot: { unit: 'KFOR' } };
    const result = translationStatus({ ...base, fields, source: deployment, translation: { unit: 'FIK' }, record: onlyUnit });
    expect(result).toEqual({ status: 'current', changes: [] });
    // Without a record, only the field with a source follows the update times.
    const legacy = translationStatus({ ...base, fields, source: deployment, translation: { unit: 'FIK' }, record: null });
    expect(legacy.changes.map((change) => change.field)).toEqual(['unit']);
  });

  // Issue 8 item 13: a field never translated is missing, the document partial (not outdated with a null previous source).
  it('calls a translation with untranslated fields partial, naming each missing field', () => {
    const firstOnly = { fingerprints: { title: fingerprint('NATO and EU') }, snapshot: { title: 'NATO and EU' } };
    const result = translationStatus({ ...base, translation: { title: "L'OTAN et l'UE", summary: null }, record: firstOnly });
    expect(result).toEqual({
      status: 'partial',
      changes: [{ field: 'summary', status: 'missing', previousSource: null, currentSource: 'Old summary' }],
    });
    // Partial wins over outdated: work is still missing.
    const both = translationStatus({ ...base, source: { title: 'Changed', summary: 'Old summary' }, translation: { title: 'x', summary: '' } });
    expect(both.status).toBe('partial');
    expect(both.changes.map((change) => [change.field, change.status])).toEqual([
      ['title', 'outdated'],
      ['summary', 'missing'],
    ]);
  });
});

describe('isEmptyValue', () => {
  it('sees text, blank text and empty rich text', () => {
    expect(isEmptyValue(null)).toBe(true);
    expect(isEmptyValue('  ')).toBe(true);
    expect(isEmptyValue([])).toBe(true);
    expect(isEmptyValue([{ type: 'paragraph', children: [{ type: 'text', text: ' ' }] }])).toBe(true);
    expect(isEmptyValue([{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }])).toBe(false);
    expect(isEmptyValue([{ type: 'image', image: { url: '/a.jpg' }, children: [{ type: 'text', text: '' }] }])).toBe(false);
    expect(isEmptyValue('x')).toBe(false);
  });
});

describe('leastCurrent', () => {
  it('orders missing, partial, outdated, current', () => {
    expect(leastCurrent([])).toBe('current');
    expect(leastCurrent(['current', 'outdated'])).toBe('outdated');
    expect(leastCurrent(['outdated', 'partial', 'current'])).toBe('partial');
    expect(leastCurrent(['partial', 'missing'])).toBe('missing');
  });
});
