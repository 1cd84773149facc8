import type { DashboardRelease } from '../../../../shared/contracts/dashboard';
import { countReleases, matchesRows, matchesStatus, newestFirst, searchWords } from '../dashboard-filters';
import type { ReleaseVersionRow } from '../locale-states';

const row = (title: string): ReleaseVersionRow => ({
  documentId: 'doc',
  locale: 'fr',
  title,
  slug: null,
  publishedAt: null,
  updatedAt: null,
  issuedAt: null,
  sourceLocale: null,
});

const release = (
  documentId: string,
  issuedAt: string | null,
  states: Array<[string, string, string | null]>,
): DashboardRelease => ({
  documentId,
  sourceLocale: 'en',
  title: documentId,
  issuedAt,
  updatedAt: null,
  locales: states.map(([locale, publication, translation]) => ({
    locale,
    publication: publication as DashboardRelease['locales'][number]['publication'],
    translation: translation as DashboardRelease['locales'][number]['translation'],
    title: null,
    slug: null,
    updatedAt: null,
  })),
});

describe('matchesRows', () => {
  it('needs every search word in one title, ignoring case and diacritics', () => {
    const rows = [row('Sécurité au Kosovo'), row('Security in Kosovo')];
    expect(matchesRows(rows, null, searchWords('securite KOSOVO'), {})).toBe(true);
    expect(matchesRows(rows, null, searchWords('securite in'), {})).toBe(false);
  });

  it('keeps issued dates within the inclusive range of days', () => {
    expect(matchesRows([], '2023-06-13T23:59:00.000Z', [], { from: '2023-06-13', to: '2023-06-13' })).toBe(true);
    expect(matchesRows([], '2023-06-14T00:00:00.000Z', [], { to: '2023-06-13' })).toBe(false);
    expect(matchesRows([], null, [], { from: '2023-06-13' })).toBe(false);
  });
});

describe('matchesStatus and countReleases', () => {
  const releases = [
    release('a', '2024-01-01T00:00:00.000Z', [
      ['en', 'published', null],
      ['fr', 'modified', 'outdated'],
    ]),
    release('b', '2023-01-01T00:00:00.000Z', [
      ['en', 'draft', null],
      ['fr', 'missing', 'missing'],
    ]),
  ];

  it('filters by state in a locale, or in any', () => {
    expect(releases.filter((r) => matchesStatus(r, { status: 'modified' })).map((r) => r.documentId)).toEqual(['a']);
    expect(releases.filter((r) => matchesStatus(r, { status: 'modified', locale: 'en' }))).toEqual([]);
    expect(releases.filter((r) => matchesStatus(r, { status: 'outdated' })).map((r) => r.documentId)).toEqual(['a']);
  });

  it('counts versions per state, in one locale or all', () => {
    expect(countReleases(releases)).toEqual({
      releases: 2,
      published: 1,
      drafts: 1,
      modified: 1,
      outdatedTranslations: 1,
      missingTranslations: 1,
    });
    expect(countReleases(releases, 'en')).toEqual({
      releases: 2,
      published: 1,
      drafts: 1,
      modified: 0,
      outdatedTranslations: 0,
      missingTranslations: 0,
    });
  });

  it('sorts newest first', () => {
    expect(
      [...releases]
        .reverse()
        .sort(newestFirst)
        .map((r) => r.documentId),
    ).toEqual(['a', 'b']);
  });
});
