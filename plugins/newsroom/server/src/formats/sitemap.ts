import { escapeXml } from './escape';

export interface SitemapEntry {
  url: string;
  locale: string;
  /** ISO 8601 (W3C Datetime). */
  lastModified: string;
  /** The page in every other language (this entry's own locale may be listed too). */
  alternates: Array<{ locale: string; url: string }>;
}

const alternateLink = (locale: string, url: string): string =>
  `    <xhtml:link rel="alternate" hreflang="${escapeXml(locale)}" href="${escapeXml(url)}"/>`;

/**
 * Every language version of the page, the page itself included (Google ignores hreflang sets that
 * do not link back), one link per locale, the entry's own URL winning for its locale.
 */
const alternatesOf = (entry: SitemapEntry): Array<{ locale: string; url: string }> => {
  const byLocale = new Map<string, string>([[entry.locale, entry.url]]);
  for (const alternate of entry.alternates)
    if (!byLocale.has(alternate.locale)) byLocale.set(alternate.locale, alternate.url);
  return [...byLocale].map(([locale, url]) => ({ locale, url }));
};

const urlElement = (entry: SitemapEntry): string =>
  [
    '  <url>',
    `    <loc>${escapeXml(entry.url)}</loc>`,
    `    <lastmod>${escapeXml(entry.lastModified)}</lastmod>`,
    ...alternatesOf(entry).map(({ locale, url }) => alternateLink(locale, url)),
    '  </url>',
  ].join('\n');

/** A sitemaps.org urlset with hreflang alternates (BCP 47 locale codes such as `sr-Latn` are used as they are). */
export const buildSitemap = (entries: SitemapEntry[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(urlElement),
    '</urlset>',
    '',
  ].join('\n');
