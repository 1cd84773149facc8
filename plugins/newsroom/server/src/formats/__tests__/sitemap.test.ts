import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSitemap, type SitemapEntry } from '../sitemap';

const SITE = 'https://newsroom.example.org';
const page = (locale: string): string => `${SITE}/${locale}/releases/kfor?from=feed&utm=x`;
const LOCALES = ['en', 'fr', 'sr-Latn', 'sr-Cyrl'];

const entries: SitemapEntry[] = LOCALES.map((locale) => ({
  url: page(locale),
  locale,
  lastModified: '2023-06-13T12:30:00.000Z',
  alternates: LOCALES.filter((other) => other !== locale).map((other) => ({ locale: other, url: page(other) })),
}));

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (_name, jpath) => ['urlset.url', 'urlset.url.xhtml:link'].includes(String(jpath)),
  }).parse(xml) as { urlset: Record<string, unknown> & { url?: Array<Record<string, unknown>> } };
  return parsed.urlset;
};

const alternates = (url: Record<string, unknown>): Array<{ hreflang: unknown; href: unknown; rel: unknown }> =>
  (url['xhtml:link'] as Array<Record<string, unknown>>).map((link) => ({
    rel: link['@rel'],
    hreflang: link['@hreflang'],
    href: link['@href'],
  }));

describe('buildSitemap', () => {
  const xml = buildSitemap(entries);
  const urlset = parse(xml);

  it('is a sitemaps.org urlset declaring the xhtml namespace', () => {
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('has one <url> per entry, with its location and last change', () => {
    expect(urlset.url).toHaveLength(4);
    expect(urlset.url?.map((url) => url.loc)).toEqual(LOCALES.map(page));
    expect(urlset.url?.[0]?.lastmod).toBe('2023-06-13T12:30:00.000Z');
  });

  it('lists every language version, the page itself included, with BCP 47 hreflang values', () => {
    for (const [index, url] of (urlset.url ?? []).entries()) {
      const links = alternates(url);
      expect(links).toHaveLength(4);
      expect(links).toContainEqual({ rel: 'alternate', hreflang: LOCALES[index], href: url.loc });
      expect(links.map((link) => link.hreflang).sort()).toEqual([...LOCALES].sort());
      expect(links.find((link) => link.hreflang === 'sr-Cyrl')?.href).toBe(page('sr-Cyrl'));
    }
  });

  it('escapes & in URLs', () => {
    expect(xml).toContain('?from=feed&amp;utm=x');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('does not repeat a locale listed among the alternates too, and keeps the entry URL for its own', () => {
    const [first] = entries;
    if (!first) throw new Error('no entry');
    const withSelf = { ...first, alternates: [{ locale: 'en', url: `${SITE}/old` }, ...first.alternates] };
    const links = alternates(parse(buildSitemap([withSelf])).url?.[0] ?? {});
    expect(links.filter((link) => link.hreflang === 'en')).toEqual([
      { rel: 'alternate', hreflang: 'en', href: page('en') },
    ]);
  });

  it('escapes markup and quotes in every value', () => {
    const hostile: SitemapEntry = {
      url: `${SITE}/a?x="<b>"&y='1'`,
      locale: 'en"><x',
      lastModified: '2023-06-13',
      alternates: [],
    };
    const out = buildSitemap([hostile]);
    const url = parse(out).url?.[0] ?? {};
    expect(out).toContain(`<loc>${SITE}/a?x=&quot;&lt;b&gt;&quot;&amp;y=&apos;1&apos;</loc>`);
    expect(out).toContain('hreflang="en&quot;&gt;&lt;x"');
    expect(url.loc).toBe(hostile.url);
    expect(alternates(url)).toEqual([{ rel: 'alternate', hreflang: hostile.locale, href: hostile.url }]);
  });

  it('is a valid, empty urlset for no entries', () => {
    const empty = parse(buildSitemap([]));
    expect(empty.url).toBeUndefined();
  });
});
