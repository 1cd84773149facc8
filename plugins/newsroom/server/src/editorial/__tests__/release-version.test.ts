import { canonical, changesSince, ifMatchVersions, versionOf, type VersionPart } from '../release-version';

const part = (over: Partial<VersionPart> = {}): VersionPart => ({
  part: 'release',
  documentId: 'r1',
  locale: 'en',
  published: false,
  createdAt: 1000,
  updatedAt: 2000,
  by: null,
  row: { id: 1, title: 'T' },
  ...over,
});

describe('versionOf', () => {
  it('ignores key order and the order of linked rows, and changes with any value', () => {
    const a = versionOf([part({ row: { id: 1, title: 'T', people: [{ id: 2 }, { id: 1 }] } })]);
    expect(versionOf([part({ row: { people: [{ id: 1 }, { id: 2 }], title: 'T', id: 1 } })])).toBe(a);
    expect(versionOf([part({ row: { id: 1, title: 'U', people: [{ id: 2 }, { id: 1 }] } })])).not.toBe(a);
  });
});

describe('changesSince', () => {
  it('lists the parts changed or added after the known version, and removed quotes or deployments', () => {
    const known = versionOf([part(), part({ part: 'quote', documentId: 'q1', row: { id: 5 } }), part({ part: 'quote', documentId: 'q2', row: { id: 6 } })]);
    const now = [part({ updatedAt: 3000, by: 'Ana' }), part({ part: 'deployment', documentId: 'd1', createdAt: 3500, updatedAt: 3500, row: { id: 9 } })];
    expect(changesSince(now, known)).toEqual([
      { part: 'release', kind: 'changed', documentId: 'r1', locale: 'en', status: 'draft', at: new Date(3000).toISOString(), by: 'Ana' },
      { part: 'deployment', kind: 'added', documentId: 'd1', locale: 'en', status: 'draft', at: new Date(3500).toISOString(), by: null },
      { part: 'quote', kind: 'removed', documentId: null, locale: null, status: null, at: null, by: null },
    ]);
  });
});

describe('ifMatchVersions', () => {
  it('reads a list of entity tags, weak or strong, and *', () => {
    expect(ifMatchVersions(undefined)).toBeNull();
    expect(ifMatchVersions('"a.b", W/"c.d"')).toEqual(['a.b', 'c.d']);
    expect(ifMatchVersions('*')).toEqual(['*']);
  });
});
