import { Feed, type Item } from 'feed';
import type { PublicRelease } from '../../../shared/contracts/releases';
import type { FeedContext } from './context';
import { escapeHtml, escapeXml, stripXmlForbidden } from './escape';
import { releaseHtml } from './rich-text';
import { safeUrl } from './safe-url';

export type FeedFormat = 'rss' | 'atom' | 'json';

/**
 * Plain text the `feed` package writes as an XML text node. Its writer (xml-js) first turns every
 * `&amp;` back into `&`, then escapes: pre-escaping `&` makes that round trip exact, so "R&amp;D"
 * stays "R&amp;D" and not "R&D". (URLs are not pre-escaped: `feed` escapes most of them itself.)
 */
const xmlText = (value: string): string => stripXmlForbidden(value).replace(/&/g, '&amp;');

/**
 * HTML the `feed` package wraps in CDATA. xml-js splits only the first `]]>`, so a second one would
 * end the section early; in HTML `]]&gt;` means the same, so none is left. (Sanitized HTML already
 * escapes every `>`: this is a second line of defence.)
 */
const cdataHtml = (html: string): string => stripXmlForbidden(html).replace(/]]>/g, ']]&gt;');

/** URLs go into attributes xml-js escapes only `"` in: parse them so `<`, `>` and spaces are percent-encoded. */
const feedUrl = (value: string): string => safeUrl(value, ['http', 'https']) ?? '';

const latest = (dates: string[]): Date | undefined => {
  const times = dates.map((date) => Date.parse(date)).filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
};

/**
 * Titles and summaries are plain text. Atom declares its title and summary `type="html"` (the `feed`
 * package's choice), RSS description is HTML, and RSS readers treat titles as HTML too: so in both
 * XML formats they are HTML-escaped, and a title such as `<script>` shows as written and never runs.
 * JSON Feed `title` and `summary` are plain text by its spec.
 */
const feedItem = (release: PublicRelease, context: FeedContext, format: FeedFormat): Item => {
  const asXml = format !== 'json';
  const html = (value: string): string => (asXml ? cdataHtml(value) : value);
  const plainAsHtml = (value: string): string => (asXml ? escapeHtml(stripXmlForbidden(value)) : value);
  const summary = release.summary ?? '';
  const link = asXml ? feedUrl(release.url) : release.url;
  const author = {
    name: asXml ? xmlText(context.publisher.name) : context.publisher.name,
    link: feedUrl(context.publisher.url),
  };
  return {
    title: plainAsHtml(release.title),
    id: link,
    link,
    ...(summary ? { description: plainAsHtml(summary) } : {}),
    content: html(releaseHtml(release, context)),
    // `date` is the last change (Atom <updated>, JSON date_modified); `published` the issue date
    // (RSS <pubDate>, Atom <published>, JSON date_published).
    date: new Date(release.updatedAt),
    published: new Date(release.issuedAt),
    author: [context.publisher.email ? { ...author, email: xmlText(context.publisher.email) } : author],
  };
};

/** `feed` writes `<feed xmlns="http://www.w3.org/2005/Atom">` with no room for xml:lang: add it to that tag. */
const withAtomLanguage = (xml: string, locale: string): string => {
  const root = /<feed(?=[\s>])/.exec(xml);
  if (!root) throw new Error('Atom output has no <feed> element');
  const at = root.index + root[0].length;
  return `${xml.slice(0, at)} xml:lang="${escapeXml(locale)}"${xml.slice(at)}`;
};

/** `feed` writes JSON Feed 1.0: upgrade it to 1.1, which declares the language and lists authors. */
const asJsonFeed11 = (json: string, locale: string): string => {
  const feed = JSON.parse(json) as Record<string, unknown>;
  const items = Array.isArray(feed.items) ? (feed.items as Array<Record<string, unknown>>) : [];
  delete feed.version;
  const upgraded = {
    version: 'https://jsonfeed.org/version/1.1',
    ...feed,
    language: locale,
    ...(feed.author ? { authors: [feed.author] } : {}),
    items: items.map((item) => ({ ...item, language: locale, ...(item.author ? { authors: [item.author] } : {}) })),
  };
  return JSON.stringify(upgraded, null, 2);
};

/** A feed of published releases in one locale, as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export const buildFeed = (releases: PublicRelease[], context: FeedContext, format: FeedFormat): string => {
  const asXml = format !== 'json';
  const plain = (value: string): string => (asXml ? xmlText(value) : value);
  const updated =
    latest(releases.map((release) => release.updatedAt)) ?? latest([context.generatedAt ?? '']) ?? new Date();
  const feed = new Feed({
    id: feedUrl(context.feedUrl.atom),
    title: plain(context.title),
    description: plain(context.description ?? context.title),
    link: feedUrl(context.baseUrl),
    language: plain(context.locale),
    updated,
    generator: 'Newsroom',
    feedLinks: { rss: feedUrl(context.feedUrl.rss), atom: feedUrl(context.feedUrl.atom), json: context.feedUrl.json },
    author: { name: plain(context.publisher.name), link: feedUrl(context.publisher.url) },
    copyright: plain(context.copyright ?? ''),
  });
  for (const release of releases) feed.addItem(feedItem(release, context, format));
  switch (format) {
    case 'rss':
      return feed.rss2();
    case 'atom':
      return withAtomLanguage(feed.atom1(), context.locale);
    case 'json':
      return asJsonFeed11(feed.json1(), context.locale);
  }
};
