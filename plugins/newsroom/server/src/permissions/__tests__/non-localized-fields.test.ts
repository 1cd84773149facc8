import release from '../../content-types/release/schema.json';
import quote from '../../content-types/quote/schema.json';
import { nonLocalizedFields, sameValue, type AttributeLike } from '../non-localized-fields';

describe('nonLocalizedFields', () => {
  it('reads the schemas: non-localized scalars, never relations or system fields', () => {
    expect(nonLocalizedFields(release.attributes as Record<string, AttributeLike>).sort()).toEqual([
      'issuedAt',
      'referenceNumber',
      'sourceLocale',
    ]);
    expect(nonLocalizedFields(quote.attributes as Record<string, AttributeLike>).sort()).toEqual(['saidAt', 'sourceLocale']);
  });

  it('treats relations and uid fields as per locale, as Strapi i18n does', () => {
    expect(
      nonLocalizedFields({
        slug: { type: 'uid' },
        author: { type: 'relation' },
        code: { type: 'string', pluginOptions: { i18n: { localized: false } } },
        createdAt: { type: 'datetime' },
      }),
    ).toEqual(['code']);
  });
});

describe('sameValue', () => {
  it('compares what a form sends back with what the database returns', () => {
    expect(sameValue({ type: 'datetime' }, '2023-06-13T00:00:00.000Z', new Date('2023-06-13T00:00:00Z'))).toBe(true);
    expect(sameValue({ type: 'datetime' }, '2023-06-13T00:00:00.000Z', 1686614400000)).toBe(true);
    expect(sameValue({ type: 'datetime' }, '2023-06-14T00:00:00.000Z', '2023-06-13T00:00:00.000Z')).toBe(false);
    expect(sameValue({ type: 'date' }, '2023-06-05', '2023-06-05')).toBe(true);
    expect(sameValue({ type: 'integer' }, 3, '3')).toBe(true);
    expect(sameValue({ type: 'string' }, '', null)).toBe(true);
    expect(sameValue({ type: 'string' }, 'PR(2023)083', 'PR(2023)084')).toBe(false);
    expect(sameValue({ type: 'boolean' }, true, 1)).toBe(true);
    expect(sameValue({ type: 'json' }, { a: 1, b: [2] }, '{"b":[2],"a":1}')).toBe(true);
    expect(sameValue({ type: 'media' }, [{ id: 2 }, { id: 1 }], [1, 2])).toBe(true);
  });
});
