import { releaseFingerprint } from '../draft-fingerprint';
import { blocksText, searchIndex } from '../search-text';

const version = (quotes: Array<[string, number, string]>, title = 'T') => ({
  title,
  body: JSON.stringify([{ type: 'paragraph', children: [{ text: 'Body' }] }]),
  updatedAt: new Date(),
  quotes: quotes.map(([documentId, order, text]) => ({ documentId, order, text, speaker: { documentId: 'p1' } })),
  deployments: [{ documentId: 'd1', mission: 'KFOR', personnelCount: 500 }],
});

describe('what a version shows (issue 8 item 2: "modified" only when it really differs)', () => {
  it('ignores timestamps, ids and the storage form of the body', () => {
    const a = version([['q1', 0, 'A'], ['q2', 1, 'B']]);
    const b = { ...version([['q2', 1, 'B'], ['q1', 0, 'A']]), id: 99, updatedAt: new Date(0), body: JSON.parse(a.body) as unknown };
    expect(releaseFingerprint(b)).toBe(releaseFingerprint(a));
  });
  it('sees a reorder, an edited quote and a changed field', () => {
    const base = releaseFingerprint(version([['q1', 0, 'A'], ['q2', 1, 'B']]));
    expect(releaseFingerprint(version([['q1', 1, 'A'], ['q2', 0, 'B']]))).not.toBe(base);
    expect(releaseFingerprint(version([['q1', 0, 'A!'], ['q2', 1, 'B']]))).not.toBe(base);
    expect(releaseFingerprint(version([['q1', 0, 'A'], ['q2', 1, 'B']], 'T2'))).not.toBe(base);
  });
});

describe('dashboard search text (issue 8 item 4)', () => {
  it('reads the words of rich-text blocks', () => {
    expect(blocksText(JSON.stringify([{ children: [{ text: 'Infanterie' }, { text: 'mécanisée' }] }]))).toContain('mécanisée');
  });
  it('finds releases having every word across their parts, accents and case ignored', () => {
    const index = searchIndex();
    index.add('r1', 'NATO title', 'Mircea Geoană');
    index.add('r2', 'Other');
    expect([...index.matching(['nato', 'geoana'])]).toEqual(['r1']);
    expect([...index.matching(['other', 'geoana'])]).toEqual([]);
  });
});
