import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildFeed } from '../feeds';
import { buildKforRelease, feedContext, releaseUrl } from './kfor-release.fixture';

const HOSTILE_TITLE = 'Breaking <script>alert("x")</script> & "quotes" ]]> R&amp;D ]]> end';

const parseXml = (xml: string): Record<string, unknown> => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    cdataPropName: false,
    isArray: (_name, jpath) =>
      ['rss.channel.item', 'feed.entry', 'feed.link', 'feed.entry.link'].includes(String(jpath)),
  });
  return parser.parse(xml) as Record<string, unknown>;
};

/** A path into parsed XML, failing the test on a missing step. */
const at = (value: unknown, ...path: Array<string | number>): unknown =>
  path.reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null || !(key in node))
      throw new Error(`no ${String(key)} in ${JSON.stringify(node)}`);
    return (node as Record<string | number, unknown>)[key];
  }, value);

const decodeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('buildFeed', () => {
  const french = buildKforRelease('fr');
  const context = feedContext('fr');

  describe('RSS 2.0', () => {
    const rss = parseXml(buildFeed([french], context, 'rss'));
    const channel = at(rss, 'rss', 'channel');

    it('declares the language and carries the release', () => {
      expect(at(channel, 'language')).toBe('fr');
      const item = at(channel, 'item', 0);
      expect(decodeHtml(String(at(item, 'title')))).toBe(french.title);
      expect(at(item, 'link')).toBe(releaseUrl('fr'));
      expect(at(item, 'guid')).toBe(releaseUrl('fr'));
      expect(decodeHtml(String(at(item, 'description')))).toBe(french.summary);
      expect(at(item, 'content:encoded')).toEqual(expect.stringContaining('<p>Le secrétaire général délégué'));
      expect(at(item, 'pubDate')).toBe('Tue, 13 Jun 2023 12:00:00 GMT');
    });
  });

  describe('Atom 1.0', () => {
    const atom = parseXml(buildFeed([french], context, 'atom'));
    const feed = at(atom, 'feed');

    it('declares the language on the feed element and carries the release', () => {
      expect(at(feed, '@xml:lang')).toBe('fr');
      expect(at(feed, '@xmlns')).toBe('http://www.w3.org/2005/Atom');
      const entry = at(feed, 'entry', 0);
      expect(decodeHtml(String(at(entry, 'title', '#text')))).toBe(french.title);
      expect(at(entry, 'id')).toBe(releaseUrl('fr'));
      expect(at(entry, 'link', 0, '@href')).toBe(releaseUrl('fr'));
      expect(at(entry, 'published')).toBe('2023-06-13T12:00:00.000Z');
      expect(at(entry, 'updated')).toBe('2023-06-13T12:30:00.000Z');
      expect(at(entry, 'author', 'name')).toBe('NATO');
      expect(String(at(entry, 'content', '#text'))).toContain('<p>Le secrétaire général délégué');
    });
  });

  describe('JSON Feed 1.1', () => {
    const json = JSON.parse(buildFeed([french], context, 'json')) as Record<string, unknown>;

    it('is version 1.1, declares the language and carries the release', () => {
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.language).toBe('fr');
      expect(json.feed_url).toBe(context.feedUrl.json);
      expect(json.authors).toEqual([{ name: 'NATO', url: 'https://www.nato.int/' }]);
      expect(at(json, 'items', 0)).toMatchObject({
        id: releaseUrl('fr'),
        url: releaseUrl('fr'),
        title: french.title,
        summary: french.summary,
        language: 'fr',
        date_published: '2023-06-13T12:00:00.000Z',
        date_modified: '2023-06-13T12:30:00.000Z',
        authors: [{ name: 'NATO', url: 'https://www.nato.int/' }],
      });
      expect(String(at(json, 'items', 0, 'content_html'))).toContain('<p>Le secrétaire général délégué');
    });
  });

  describe('hostile text', () => {
    const hostile = buildKforRelease('en', {
      title: HOSTILE_TITLE,
      summary: 'Summary with <b>tags</b> & ]]> twice ]]>',
      url: 'https://newsroom.example.org/en/releases/x?a=1&b=<2>',
    });
    const hostileContext = feedContext('en', {
      title: 'Feed & <co>',
      publisher: { name: 'R&amp;D <Corp>', url: 'https://www.nato.int' },
    });

    it('keeps the RSS well-formed, the title and summary exactly as written', () => {
      const xml = buildFeed([hostile], hostileContext, 'rss');
      expect(xml).not.toContain('<script>');
      const channel = at(parseXml(xml), 'rss', 'channel');
      expect(at(channel, 'title')).toBe('Feed & <co>');
      const item = at(channel, 'item', 0);
      expect(decodeHtml(String(at(item, 'title')))).toBe(HOSTILE_TITLE);
      expect(decodeHtml(String(at(item, 'description')))).toBe('Summary with <b>tags</b> & ]]> twice ]]>');
      expect(at(item, 'link')).toBe('https://newsroom.example.org/en/releases/x?a=1&b=%3C2%3E');
    });

    it('keeps the Atom well-formed, the title as escaped HTML', () => {
      const xml = buildFeed([hostile], hostileContext, 'atom');
      expect(xml).not.toContain('<script>');
      const feed = at(parseXml(xml), 'feed');
      expect(at(feed, 'title')).toBe('Feed & <co>');
      expect(at(feed, 'author', 'name')).toBe('R&amp;D <Corp>');
      const entry = at(feed, 'entry', 0);
      expect(decodeHtml(String(at(entry, 'title', '#text')))).toBe(HOSTILE_TITLE);
      expect(at(entry, 'link', 0, '@href')).toBe('https://newsroom.example.org/en/releases/x?a=1&b=%3C2%3E');
    });

    it('keeps the JSON title as plain text', () => {
      const json = JSON.parse(buildFeed([hostile], hostileContext, 'json')) as Record<string, unknown>;
      expect(at(json, 'items', 0, 'title')).toBe(HOSTILE_TITLE);
      expect(json.title).toBe('Feed & <co>');
    });
  });

  describe('an empty list', () => {
    const empty = feedContext('sr-Latn', { generatedAt: '2024-01-01T00:00:00.000Z' });

    it('still gives valid feeds in the right language', () => {
      const rss = at(parseXml(buildFeed([], empty, 'rss')), 'rss', 'channel');
      expect(at(rss, 'language')).toBe('sr-Latn');
      expect(rss).not.toHaveProperty('item');
      const atom = at(parseXml(buildFeed([], empty, 'atom')), 'feed');
      expect(at(atom, '@xml:lang')).toBe('sr-Latn');
      expect(at(atom, 'updated')).toBe('2024-01-01T00:00:00.000Z');
      expect(atom).not.toHaveProperty('entry');
      const json = JSON.parse(buildFeed([], empty, 'json')) as Record<string, unknown>;
      expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'sr-Latn', items: [] });
    });
  });
});
