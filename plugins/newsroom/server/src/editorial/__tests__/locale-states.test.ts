import { dashboardRelease, publicationState, type ReleaseVersionRow } from '../locale-states';

const row = (
  locale: string,
  published: boolean,
  updatedAt: string,
  extra: Partial<ReleaseVersionRow> = {},
): ReleaseVersionRow => ({
  documentId: 'doc',
  locale,
  title: `Title ${locale}`,
  slug: `title-${locale}`,
  publishedAt: published ? updatedAt : null,
  updatedAt,
  issuedAt: '2024-01-01T00:00:00.000Z',
  sourceLocale: null,
  ...extra,
});

describe('publicationState', () => {
  it('is missing without rows, draft with a draft only, published or modified by update times', () => {
    expect(publicationState(undefined, undefined)).toBe('missing');
    expect(publicationState(row('en', false, '2024-01-01T10:00:00.000Z'), undefined)).toBe('draft');
    const published = row('en', true, '2024-01-01T10:00:00.000Z');
    expect(publicationState(row('en', false, '2024-01-01T10:00:00.000Z'), published)).toBe('published');
    expect(publicationState(row('en', false, '2024-01-01T10:00:00.001Z'), published)).toBe('modified');
  });
});

describe('dashboardRelease', () => {
  const rows = [
    row('en', false, '2024-01-02T00:00:00.000Z'),
    row('en', true, '2024-01-01T00:00:00.000Z'),
    row('fr', false, '2024-01-03T00:00:00.000Z', { sourceLocale: 'fr' }),
  ];

  it('titles the release in its source locale and gives every locale its states', () => {
    const release = dashboardRelease('doc', rows, ['en', 'fr', 'sq'], 'en', new Map([['en', 'outdated' as const]]));
    expect(release).toMatchObject({
      documentId: 'doc',
      sourceLocale: 'fr',
      title: 'Title fr',
      updatedAt: '2024-01-03T00:00:00.000Z',
    });
    expect(release.locales).toEqual([
      {
        locale: 'en',
        publication: 'modified',
        translation: 'outdated',
        title: 'Title en',
        slug: 'title-en',
        updatedAt: '2024-01-02T00:00:00.000Z',
      },
      {
        locale: 'fr',
        publication: 'draft',
        translation: null,
        title: 'Title fr',
        slug: 'title-fr',
        updatedAt: '2024-01-03T00:00:00.000Z',
      },
      { locale: 'sq', publication: 'missing', translation: 'missing', title: null, slug: null, updatedAt: null },
    ]);
  });

  it('falls back to the default locale as source', () => {
    const release = dashboardRelease('doc', rows.slice(0, 2), ['en', 'fr'], 'en', new Map());
    expect(release.sourceLocale).toBe('en');
    expect(release.locales[0]!.translation).toBeNull();
  });
});
