import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { seedDemo } from '../../src/demo/seed';
import { DEMO_SLUGS, documents, RELEASE_UID } from '../helpers/fixtures';
import { unsafeHtml } from '../helpers/html-safety';
import { ninjsValidator } from '../helpers/ninjs';
import { bootApp, type TestApp } from '../helpers/strapi';

const { en: EN_SLUG, fr: FR_SLUG } = DEMO_SLUGS;
const SITE = 'http://localhost:3000';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string) => app.http().get(url);

describe('IPTC ninjs', () => {
  const validate = ninjsValidator();

  it.each([
    ['en', EN_SLUG, 'fr', FR_SLUG],
    ['fr', FR_SLUG, 'en', EN_SLUG],
  ])('serves the %s release as valid ninjs 3.1 linked to its translation', async (locale, slug, other, otherSlug) => {
    const response = await get(`/api/newsroom/releases/${slug}/ninjs?locale=${locale}`).expect(200);
    expect(response.headers['content-type']).toMatch(/json/);
    const item = response.body;
    expect({ valid: validate(item), errors: validate.errors }).toEqual({ valid: true, errors: null });
    expect(item.language).toBe(locale);
    expect(item.headlines[0].value).toMatch(locale === 'en' ? /^NATO and EU together/ : /^L’OTAN et l’UE/);
    expect(JSON.stringify(item.associations)).toContain(`${SITE}/${other}/releases/${otherSlug}`);
    expect(item.pubStatus).toBe('usable');
  });
});

describe('schema.org JSON-LD', () => {
  it('serves a NewsArticle with its quotations and its translation', async () => {
    const response = await get(`/api/newsroom/releases/${EN_SLUG}/jsonld`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const article = JSON.parse(response.text);
    expect(article['@type']).toBe('NewsArticle');
    expect(article.inLanguage).toBe('en');
    expect(article.datePublished).toBe('2023-06-13T12:00:00.000Z');
    const quotations = JSON.stringify(article).match(/"Quotation"/g) ?? [];
    expect(quotations).toHaveLength(3);
    expect(JSON.stringify(article)).toContain('"spokenByCharacter"');
    expect(JSON.stringify(article.workTranslation)).toContain(`${SITE}/fr/releases/${FR_SLUG}`);
    const fr = JSON.parse((await get(`/api/newsroom/releases/${FR_SLUG}/jsonld?locale=fr`).expect(200)).text);
    expect(JSON.stringify(fr.translationOfWork)).toContain(`${SITE}/en/releases/${EN_SLUG}`);
  });
});

describe('feeds and sitemap', () => {
  it.each([
    ['rss.xml', /^application\/rss\+xml/, '<language>fr</language>'],
    ['atom.xml', /^application\/atom\+xml/, 'xml:lang="fr"'],
  ])('serves a well-formed French %s that declares its language', async (file, type, declaration) => {
    const response = await get(`/api/newsroom/feeds/fr/${file}`).expect(200);
    expect(response.headers['content-type']).toMatch(type);
    expect(XMLValidator.validate(response.text)).toBe(true);
    expect(response.text).toContain(declaration);
    expect(response.text).toContain(`${SITE}/fr/releases/${FR_SLUG}`);
  });

  it('serves JSON Feed 1.1 with its language', async () => {
    const response = await get('/api/newsroom/feeds/en/feed.json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/feed\+json/);
    const feed = JSON.parse(response.text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([`${SITE}/en/releases/${EN_SLUG}`]);
  });

  it.each(['feed.json', 'atom.xml', 'rss.xml'])(
    'never serves another client the %s rendered for a forged Host (attacker finding)',
    async (file) => {
      const forged = await get(`/api/newsroom/feeds/en/${file}`).set('Host', 'evil.example').expect(200);
      expect(forged.text).toContain('evil.example');
      const normal = await get(`/api/newsroom/feeds/en/${file}`).expect(200);
      expect(normal.text).not.toContain('evil.example');
    },
  );

  it('refuses a feed in a locale that is not enabled', async () => {
    const response = await get('/api/newsroom/feeds/de/rss.xml').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locale']);
  });

  it('lists every published release in every locale with hreflang alternates', async () => {
    const response = await get('/api/newsroom/sitemap.xml').expect(200);
    expect(XMLValidator.validate(response.text)).toBe(true);
    expect(response.text.match(/<url>/g)).toHaveLength(2);
    for (const [locale, slug] of [
      ['en', EN_SLUG],
      ['fr', FR_SLUG],
    ]) {
      expect(response.text).toContain(`<loc>${SITE}/${locale}/releases/${slug}</loc>`);
      expect(response.text).toContain(`hreflang="${locale}" href="${SITE}/${locale}/releases/${slug}"`);
    }
  });

  it('answers conditional GETs of feeds and sitemap with 304', async () => {
    for (const url of ['/api/newsroom/feeds/en/rss.xml', '/api/newsroom/sitemap.xml']) {
      // One Host, as behind a real server (supertest listens on a new port per request, and a
      // feed without `server.url` links to the Host it was reached at).
      const first = await get(url).set('Host', 'newsroom.test').expect(200);
      await app.http().get(url).set('Host', 'newsroom.test').set('If-None-Match', first.headers.etag).expect(304);
    }
  });
});

describe('quotes and deployments with the releases that report them', () => {
  it('lists the quotes of a speaker with their release', async () => {
    const response = await get(`/api/newsroom/quotes?speaker=${encodeURIComponent('Mircea Geoană')}&locale=en`).expect(200);
    expect(response.body.data).toHaveLength(3);
    for (const quote of response.body.data) {
      expect(quote.speaker.name).toBe('Mircea Geoană');
      expect(quote.releases).toEqual([
        expect.objectContaining({ slug: EN_SLUG, locale: 'en', url: `${SITE}/en/releases/${EN_SLUG}` }),
      ]);
    }
    const fr = await get('/api/newsroom/quotes?locale=fr').expect(200);
    expect(fr.body.data.map((q: { speakerRole: string }) => q.speakerRole)).toEqual(Array(3).fill('Secrétaire général délégué'));
  });

  it('lists deployments by mission and nation with their releases', async () => {
    const response = await get('/api/newsroom/deployments?mission=KFOR&nation=TR&locale=fr').expect(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0]).toMatchObject({
      contributingNation: { code: 'TR', name: 'Turquie' },
      personnel: { text: 'environ 500' },
      releases: [expect.objectContaining({ slug: FR_SLUG })],
    });
    const all = await get('/api/newsroom/deployments?mission=kfor').expect(200);
    expect(all.body.meta.pagination.total).toBe(3);
    await get('/api/newsroom/deployments?status=parked').expect(400);
  });
});

describe('nothing unpublished or private ever leaves', () => {
  const SECRET = 'SECRET-DRAFT-7731';
  const PRIVATE = 'PRIVATE-NOTE-4410';

  beforeAll(async () => {
    // A never-published release, and an unpublished French locale of a published one.
    await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      data: { title: `${SECRET} never published`, summary: SECRET, issuedAt: '2030-01-01T00:00:00.000Z' },
    });
    const published = await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      status: 'published',
      data: {
        title: 'Hostile markup test',
        issuedAt: '2024-05-01T00:00:00.000Z',
        internalNote: PRIVATE,
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }] },
          // Strapi refuses javascript: links at write time; this one tries to break out of the attribute.
          {
            type: 'paragraph',
            children: [{ type: 'link', url: 'https://example.org/?q="><script>alert(1)</script>', children: [{ type: 'text', text: 'click' }] }],
          },
        ],
      },
    });
    await documents(app.strapi, RELEASE_UID).update({
      documentId: published.documentId,
      locale: 'fr',
      data: { title: `${SECRET} brouillon`, summary: SECRET },
    });
  });

  it.each([
    '/api/newsroom/releases?locale=en',
    '/api/newsroom/releases?locale=fr',
    '/api/newsroom/releases?locale=fr&fallback=true',
    '/api/newsroom/releases/hostile-markup-test',
    '/api/newsroom/releases/hostile-markup-test/ninjs',
    '/api/newsroom/releases/hostile-markup-test/jsonld',
    '/api/newsroom/feeds/en/rss.xml',
    '/api/newsroom/feeds/en/atom.xml',
    '/api/newsroom/feeds/en/feed.json',
    '/api/newsroom/feeds/fr/rss.xml',
    '/api/newsroom/sitemap.xml',
    '/api/newsroom/quotes?locale=en',
    '/api/newsroom/deployments?locale=en',
  ])('%s shows no draft and no private field', async (url) => {
    const response = await get(url).expect(200);
    expect(response.text).not.toContain(SECRET);
    expect(response.text).not.toContain(PRIVATE);
    expect(response.text).not.toContain('internalNote');
  });

  /** Every HTML rendering of the hostile body each format carries. */
  const htmlOf = async (format: string): Promise<string[]> => {
    const base = '/api/newsroom/releases/hostile-markup-test';
    switch (format) {
      case 'json':
        return [(await get(base).expect(200)).body.data.bodyHtml];
      case 'ninjs':
        return (await get(`${base}/ninjs`).expect(200)).body.bodies
          .filter((b: { contentType: string }) => b.contentType === 'text/html')
          .map((b: { value: string }) => b.value);
      case 'feed.json':
        return (JSON.parse((await get('/api/newsroom/feeds/en/feed.json').expect(200)).text).items as Array<{ content_html: string }>)
          .map((item) => item.content_html);
      default: {
        const xml = (await get(`/api/newsroom/feeds/en/${format}`).expect(200)).text;
        const parsed = new XMLParser();
        const doc = parsed.parse(xml);
        const items = format === 'rss.xml' ? doc.rss.channel.item : doc.feed.entry;
        return (Array.isArray(items) ? items : [items]).flatMap((item: Record<string, unknown>) =>
          [item['content:encoded'], item.description, item.content, item.summary]
            .map((value) => (typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text'] ?? '') : value))
            .filter((value): value is string => typeof value === 'string'),
        );
      }
    }
  };

  it.each(['json', 'ninjs', 'rss.xml', 'atom.xml', 'feed.json'])(
    'the %s rendering of a hostile body is inert HTML that still shows the text',
    async (format) => {
      const fragments = await htmlOf(format);
      expect(fragments.join('')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      for (const html of fragments) expect(unsafeHtml(html)).toEqual([]);
    },
  );

  it('does not serve the unpublished French version, even by its slug', async () => {
    const response = await get(`/api/newsroom/releases/${SECRET.toLowerCase()}-brouillon?locale=fr`).expect(404);
    expect(response.text).not.toContain(SECRET);
  });
});

describe('bad input on every public route', () => {
  it.each([
    ['/api/newsroom/quotes?pageSize=0', 'pageSize'],
    ['/api/newsroom/quotes?speaker=', 'speaker'],
    ['/api/newsroom/quotes?status=draft', 'status'],
    ['/api/newsroom/deployments?nation=XX', 'nation'],
    ['/api/newsroom/deployments?page=-1', 'page'],
    ['/api/newsroom/feeds/not_a_locale!/rss.xml', 'locale'],
    ['/api/newsroom/feeds/en/atom.xml?status=draft', 'status'],
    ['/api/newsroom/sitemap.xml?status=draft', 'status'],
    ['/api/newsroom/releases/Upper-Case/ninjs', 'slug'],
    [`/api/newsroom/releases/${EN_SLUG}/jsonld?locale=zz`, 'locale'],
    [`/api/newsroom/releases/${EN_SLUG}/ninjs?fallback=maybe`, 'fallback'],
    // Names the query parser drops without a word (attacker finding): unknown like any other.
    ['/api/newsroom/releases?__proto__[x]=1', '__proto__'],
    ['/api/newsroom/releases?constructor[prototype][x]=1', 'constructor'],
    ['/api/newsroom/feeds/en/feed.json?__proto__=1', '__proto__'],
    ['/api/newsroom/ready?prototype=1', 'prototype'],
  ])('%s is a 400 naming %s, as JSON without a stack trace', async (url, field) => {
    const response = await get(url).expect(400);
    expect(response.headers['content-type']).toMatch(/json/);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(field);
    expect(response.text).not.toMatch(/\s+at\s+\S+\s+\(|node_modules/);
  });
});
