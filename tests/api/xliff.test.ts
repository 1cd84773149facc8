import { seedDemo } from '../../src/demo/seed';
import { documents, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let releaseId: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
  // Some markup in the body, to see it survive the round trip.
  await documents(app.strapi, RELEASE_UID).update({
    documentId: releaseId,
    locale: 'en',
    data: {
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'KFOR reinforced' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Read the ' },
            { type: 'link', url: 'https://www.nato.int/kfor', children: [{ type: 'text', text: 'KFOR page', bold: true }] },
            { type: 'text', text: ' now.' },
          ],
        },
      ],
    },
  });
});
afterAll(async () => {
  await app?.close();
});

const exportFile = async (locale: string, version = '1.2', extra = '') => {
  const response = await app
    .http()
    .get(`/newsroom/translations/releases/${releaseId}/xliff?locale=${locale}&version=${version}${extra}`)
    .set('Authorization', `Bearer ${token}`)
    .expect(200);
  expect(response.headers['content-disposition']).toMatch(/attachment; filename="release-.*\.xlf"/);
  return response.text;
};

/** A translator's tool: copies each source into its target, text prefixed, inline codes kept. */
const translate = (xml: string, prefix: string) =>
  xml.replace(/<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>|\s*<target[^>]*\/>)?/g, (_all, attrs, inner) => {
    const translated = String(inner).replace(/(^|>)([^<]+)/g, (_m, open, text) => (String(text).trim() ? `${open}${prefix}${text}` : `${open}${text}`));
    return `<source${attrs}>${inner}</source><target>${translated}</target>`;
  });

const importFile = (locale: string, xml: string, documentId = releaseId) =>
  app
    .http()
    .post(`/newsroom/translations/xliff/import?locale=${locale}${documentId ? `&documentId=${documentId}` : ''}`)
    .set('Authorization', `Bearer ${token}`)
    .set('Content-Type', 'application/xml')
    .send(xml);

const sqRows = async () => ({
  releases: await app.strapi.db.query(RELEASE_UID).count({ where: { locale: 'sq' } }),
  quotes: await app.strapi.db.query('plugin::newsroom.quote').count({ where: { locale: 'sq' } }),
});

describe('XLIFF round trip', () => {
  it.each(['1.2', '2.1'])('exports XLIFF %s, imports the translation as an unpublished draft with its markup', async (version) => {
    const locale = version === '1.2' ? 'sq' : 'sr-Latn';
    const xml = await exportFile(locale, version);
    expect(xml).toContain(version === '1.2' ? 'version="1.2"' : 'version="2.1"');
    const units = (xml.match(version === '1.2' ? /<trans-unit /g : /<unit /g) ?? []).length;
    // release: title, summary, body, place; 3 quotes: text, speakerRole; 3 deployments: unit, location?, durationNote?, mandate
    expect(units).toBeGreaterThanOrEqual(4 + 6 + 7);

    const response = await importFile(locale, translate(xml, `[${locale}] `)).expect(200);
    expect(response.body.data.counts.applied).toBe(units);

    const release = (await app.strapi.documents(RELEASE_UID).findOne({
      documentId: releaseId,
      locale,
      status: 'draft',
      populate: { quotes: { populate: { speaker: true } }, deployments: true },
    } as never)) as Record<string, any>;
    expect(release.title).toBe(`[${locale}] NATO and EU together for stability in Kosovo and the Western Balkans`);
    expect(release.publishedAt).toBeNull();
    expect(release.body[0]).toMatchObject({ type: 'heading', level: 2, children: [{ type: 'text', text: `[${locale}] KFOR reinforced` }] });
    const link = release.body[1].children.find((child: { type: string }) => child.type === 'link');
    expect(link).toMatchObject({ url: 'https://www.nato.int/kfor', children: [{ text: `[${locale}] KFOR page`, bold: true }] });
    expect(release.quotes).toHaveLength(3);
    expect(release.quotes[0].speaker.name).toBe('Mircea Geoană');
    expect(release.deployments).toHaveLength(3);
    // Never published: the public API does not have it.
    await app.http().get(`/api/newsroom/releases?locale=${locale}`).expect(200).expect((r) => expect(r.body.data).toEqual([]));

    const status = (await app.http().get(`/newsroom/translations/releases/${releaseId}`).set('Authorization', `Bearer ${token}`)).body.data;
    expect(status.release.locales.find((l: { locale: string }) => l.locale === locale).status).toBe('current');
  });

  it('reports unchanged units on a second import', async () => {
    const xml = translate(await exportFile('sq'), '[sq] ');
    const response = await importFile('sq', xml).expect(200);
    expect(response.body.data.counts.applied).toBe(0);
    expect(response.body.data.counts.unchanged).toBeGreaterThan(0);
  });

  it('applies a unit whose source changed since export, and leaves it outdated', async () => {
    const xml = await exportFile('sr-Cyrl');
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { title: 'A changed English title' } });
    const response = await importFile('sr-Cyrl', translate(xml, 'ћ ')).expect(200);
    const title = response.body.data.units.find((u: { field: string; uid: string }) => u.field === 'title' && u.uid === RELEASE_UID);
    expect(title.result).toBe('source-changed');
    const status = (await app.http().get(`/newsroom/translations/releases/${releaseId}`).set('Authorization', `Bearer ${token}`)).body.data;
    const cyrl = status.release.locales.find((l: { locale: string }) => l.locale === 'sr-Cyrl');
    expect(cyrl.status).toBe('outdated');
    expect(cyrl.changes.map((c: { field: string }) => c.field)).toEqual(['title']);
  });

  it('leaves current fields out on request', async () => {
    const xml = await exportFile('sq', '1.2', '&onlyChanged=true');
    expect((xml.match(/<trans-unit /g) ?? []).length).toBe(1);
  });

  it('reports empty targets and unknown ids without failing', async () => {
    // An id that is not one of ours (a CAT tool's own unit, say) is reported, not refused.
    const xml = (await exportFile('fr')).replace(/(<trans-unit id=")release\.[a-z0-9]+\.title\.[0-9a-f]+/, '$1welcome_message');
    const response = await importFile('fr', xml.replace(/<target[^>]*>[\s\S]*?<\/target>/g, ''), '').expect(200);
    expect(response.body.data.counts['empty-target']).toBeGreaterThan(0);
    expect(response.body.data.counts['unknown-id']).toBe(1);
  });
});

describe('hostile or broken files', () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ['not XML', async () => 'this is not xml <', /not/i],
    [
      'a billion-laughs DOCTYPE',
      async () => `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xliff version="1.2">&lol2;</xliff>`,
      /DOCTYPE|entit/i,
    ],
    [
      'an external entity (XXE)',
      async () => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="1.2">&xxe;</xliff>`,
      /DOCTYPE|entit/i,
    ],
    ['a wrong XLIFF version', async () => (await exportFile('sq')).replace('version="1.2"', 'version="1.1"'), /version/i],
    ['another target language', async () => translate(await exportFile('fr'), 'x '), /translated into "fr", but this import is for "sq"/],
    ['inline tags removed', async () => translate(await exportFile('sq'), '[sq] ').replace(/(<target>[^]*?)<g [^>]*>([^<]*)<\/g>/, '$1$2'), /inline|code|tag/i],
    [
      'ids of another document',
      async () => {
        const other = await documents(app.strapi, RELEASE_UID).create({ locale: 'en', data: { title: 'Another release', issuedAt: '2024-01-01T00:00:00Z' } });
        return translate(await exportFile('sq'), '[sq] ').replace(new RegExp(releaseId, 'g'), other.documentId);
      },
      /another document|belongs/i,
    ],
  ];

  it.each(cases)('refuses %s with a 400 and changes nothing', async (_label, build, reason) => {
    const xml = await build();
    const before = await sqRows();
    const response = await importFile('sq', xml);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(reason);
    expect(await sqRows()).toEqual(before);
  });

  it('refuses a file over the size limit with a 413', async () => {
    const xml = `<xliff version="1.2">${' '.repeat(6 * 1024 * 1024)}</xliff>`;
    const response = await importFile('sq', xml);
    expect(response.status).toBe(413);
  });
});
