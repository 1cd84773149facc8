import { fingerprint } from '../../xliff';
import { translationStatus } from '../status';

const FIELDS = ['title', 'summary'];
const source = { title: 'NATO and EU', summary: 'Old summary' };
const record = {
  fingerprints: { title: fingerprint('NATO and EU'), summary: fingerprint('Old summary') },
  snapshot: { title: 'NATO and EU', summary: 'Old summary' },
};

describe('translationStatus', () => {
  it('is missing without a translation', () => {
    expect(translationStatus({ fields: FIELDS, source, translation: null, record, sourceUpdatedAt: 1, translationUpdatedAt: 0 }).status).toBe(
      'missing',
    );
  });

  it('is current while the source is what the translation was made from', () => {
    expect(translationStatus({ fields: FIELDS, source, translation: {}, record, sourceUpdatedAt: 9, translationUpdatedAt: 1 })).toEqual({
      status: 'current',
      changes: [],
    });
  });

  it('names exactly the fields whose source changed, old and new text side by side', () => {
    const result = translationStatus({
      fields: FIELDS,
      source: { ...source, summary: 'New summary' },
      translation: {},
      record,
      sourceUpdatedAt: 9,
      translationUpdatedAt: 1,
    });
    expect(result).toEqual({
      status: 'outdated',
      changes: [{ field: 'summary', previousSource: 'Old summary', currentSource: 'New summary' }],
    });
  });

  it('ignores fields that are not tracked (non-localized ones)', () => {
    const result = translationStatus({
      fields: FIELDS,
      source: { ...source, issuedAt: '2030-01-01' },
      translation: {},
      record,
      sourceUpdatedAt: 9,
      translationUpdatedAt: 1,
    });
    expect(result.status).toBe('current');
  });

  it('without a record, compares update times', () => {
    const args = { fields: FIELDS, source, translation: {}, record: null };
    expect(translationStatus({ ...args, sourceUpdatedAt: 1, translationUpdatedAt: 2 }).status).toBe('current');
    expect(translationStatus({ ...args, sourceUpdatedAt: 3, translationUpdatedAt: 2 }).status).toBe('outdated');
  });
});
