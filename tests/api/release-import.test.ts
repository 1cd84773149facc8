import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ComposerRelease, ImportProposal, SaveImport } from '../../plugins/newsroom/shared/contracts/dashboard';
import type { GetRelease } from '../../plugins/newsroom/shared/contracts/releases';
import { seedDemo } from '../../src/demo/seed';
import { tokenForRole } from '../helpers/admin-users';
import { DEPLOYMENT_UID, PERSON_UID, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { ROOT } from '../helpers/database';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

const SAMPLE = readFileSync(path.join(ROOT, 'src', 'demo', 'nato-kfor-2023-06-13.txt'), 'utf8');

let app: TestApp;
let token: string;
let geoana: string;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
  token = await adminToken(app);
  geoana = (
    (await app.strapi.db.query(PERSON_UID).findOne({ where: { name: 'Mircea Geoană', locale: 'en' } })) as {
      documentId: string;
    }
  ).documentId;
});
afterAll(async () => {
  await app?.close();
});

const post = (url: string, body: unknown, as = token) =>
  app
    .http()
    .post(url)
    .set('Authorization', `Bearer ${as}`)
    .send(body as object);
const parse = async (text: string, locale?: string) =>
  (await post('/newsroom/import/parse', { text, locale }).expect(200)).body.data as ImportProposal;
const fieldsOf = (body: { error: { details: { errors: Array<{ path: Array<string | number> }> } } }) =>
  body.error.details.errors.map((error) => error.path.join('.'));

/** The body an editor saves: the proposal as the import screen sends it back. */
const saveBodyFrom = (proposal: ImportProposal, locale = 'en'): SaveImport.Request['body'] => ({
  locale,
  title: proposal.title ?? '',
  issuedAt: proposal.issuedAt ?? '',
  place: proposal.place,
  summary: proposal.summary,
  paragraphs: proposal.paragraphs,
  quotes: proposal.quotes.map((quote) => ({
    text: quote.text,
    speakerName: quote.speakerName ?? '',
    speakerRole: quote.speakerRole,
    personDocumentId: quote.personMatch?.documentId ?? null,
  })),
  deployments: proposal.deployments,
});

const counts = async () =>
  Promise.all([RELEASE_UID, QUOTE_UID, DEPLOYMENT_UID, PERSON_UID].map((uid) => app.strapi.db.query(uid).count({})));

describe('parsing a release from its text', () => {
  it('proposes the title, date, three quotes by the seeded Mircea Geoană and three deployments', async () => {
    const proposal = await parse(SAMPLE);
    expect(proposal).toMatchObject({
      title: 'NATO and EU together for stability in Kosovo and the Western Balkans',
      issuedAt: '2023-06-13',
    });
    expect(proposal.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(proposal.quotes).toHaveLength(3);
    expect(proposal.quotes.map((quote) => quote.order)).toEqual([0, 1, 2]);
    for (const quote of proposal.quotes)
      expect(quote.personMatch).toEqual({ documentId: geoana, name: 'Mircea Geoană' });
    expect(proposal.quotes[0]!.text).toMatch(/^The excellent, long-standing cooperation/);
    expect(proposal.deployments).toHaveLength(3);
    expect(proposal.deployments.every((d) => d.mission === 'KFOR' && d.sourceText.length > 0)).toBe(true);
    expect(proposal.deployments.find((d) => d.contributingNation === 'TR')).toMatchObject({
      personnelCount: 500,
      personnelQualifier: 'approximately',
    });
  });

  it('matches speakers against the people of the locale asked for', async () => {
    const proposal = await parse(SAMPLE, 'sq');
    expect(proposal.quotes.every((quote) => quote.personMatch === null && quote.speakerName)).toBe(true);
  });

  it.each([
    ['no text', 'text', {}],
    ['an empty text', 'text', { text: '' }],
    ['a blank text', 'text', { text: ' \n\t ' }],
    ['a text that is not a string', 'text', { text: 42 }],
    ['a text over 200,000 characters', 'text', { text: 'x'.repeat(200_001) }],
    ['a locale that is not enabled', 'locale', { text: SAMPLE, locale: 'de' }],
    ['an unknown field', 'extra', { text: SAMPLE, extra: true }],
  ])('refuses %s: a 400 naming %s', async (_label, field, body) => {
    const response = await post('/newsroom/import/parse', body).expect(400);
    expect(fieldsOf(response.body)).toEqual([field]);
  });

  it('accepts a text of exactly 200,000 characters', async () => {
    await post('/newsroom/import/parse', { text: `${SAMPLE}\n\n${'Filler. '.repeat(30000)}`.slice(0, 200_000) }).expect(
      200,
    );
  });
});

describe('saving an import', () => {
  let saved: { documentId: string; locale: string };

  it('creates the release as a draft with its quotes, speakers and deployments, all linked', async () => {
    const proposal = await parse(SAMPLE);
    const body = saveBodyFrom(proposal);
    const turkish = body.deployments.findIndex((d) => d.contributingNation === 'TR');
    body.deployments[turkish] = { ...body.deployments[turkish]!, unit: '65th Mechanised Infantry Brigade' };
    const [releases, quotes, deployments, people] = await counts();

    const response = await post('/newsroom/import', body).expect(201);
    saved = (response.body as SaveImport.Response).data;
    expect(saved).toEqual({ documentId: expect.any(String), locale: 'en' });
    expect(await counts()).toEqual([releases + 1, quotes + 3, deployments + 3, people]);

    const release = (
      await app
        .http()
        .get(`/newsroom/releases/${saved.documentId}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body.data as ComposerRelease;
    expect(release).toMatchObject({
      title: proposal.title,
      issuedAt: '2023-06-13T00:00:00.000Z',
      place: proposal.place,
      summary: proposal.summary,
    });
    expect(release.body).toHaveLength(proposal.paragraphs.length);
    expect(release.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: proposal.paragraphs[0] }] });
    expect(release.quotes.map((quote) => quote.text)).toEqual(proposal.quotes.map((quote) => quote.text));
    expect(release.quotes.map((quote) => quote.order)).toEqual([0, 1, 2]);
    for (const quote of release.quotes) {
      expect(quote.speaker).toEqual({ documentId: geoana, name: 'Mircea Geoană' });
      expect(quote.saidAt).toBe('2023-06-13T00:00:00.000Z');
    }
    expect(release.deployments).toHaveLength(3);
    expect(release.deployments.map((d) => d.unit)).toContain('65th Mechanised Infantry Brigade');
    expect(release.locales.find((entry) => entry.locale === 'en')).toMatchObject({
      publication: 'draft',
      translation: null,
    });
    expect(
      await app.strapi.db
        .query(RELEASE_UID)
        .count({ where: { documentId: saved.documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
    // The release names its speakers.
    const named = (await app.strapi.db.query(RELEASE_UID).findOne({
      where: { documentId: saved.documentId, locale: 'en', publishedAt: null },
      populate: { people: { select: ['documentId'] } },
    })) as { people: Array<{ documentId: string }> };
    expect(named.people.map((person) => person.documentId)).toEqual([geoana]);
  });

  it('is served by the public API with its quotes and deployments once published in en', async () => {
    const published = (await post(`/newsroom/releases/${saved.documentId}/publish?locale=en`, {}).expect(200)).body
      .data as ComposerRelease;
    expect(published.locales.find((entry) => entry.locale === 'en')!.publication).toBe('published');
    const response = await app.http().get(`/api/newsroom/releases/${published.slug}?locale=en`).expect(200);
    const release = (response.body as GetRelease.Response).data;
    expect(release.documentId).toBe(saved.documentId);
    expect(release.quotes).toHaveLength(3);
    expect(release.quotes.every((quote) => quote.speaker?.name === 'Mircea Geoană')).toBe(true);
    expect(release.deployments).toHaveLength(3);
    expect(release.deployments.map((d) => d.unit)).toContain('65th Mechanised Infantry Brigade');
  });

  it('creates missing speakers once, in the locale saved, matching names ignoring diacritics', async () => {
    const [, , , people] = await counts();
    const response = await post('/newsroom/import', {
      locale: 'fr',
      title: 'Déclaration conjointe',
      issuedAt: '2023-07-01T09:30:00+02:00',
      paragraphs: ['Premier paragraphe.'],
      quotes: [
        { text: 'Première citation.', speakerName: 'Ana Testescu' },
        { text: 'Deuxième citation.', speakerName: 'ANA TESTESCU' },
        { text: 'Troisième citation.', speakerName: 'Mircea Geoana' },
      ],
      deployments: [],
    }).expect(201);
    const { documentId } = (response.body as SaveImport.Response).data;
    expect(await app.strapi.db.query(PERSON_UID).count({})).toBe(people + 1);
    const release = (
      await app
        .http()
        .get(`/newsroom/releases/${documentId}?locale=fr`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body.data as ComposerRelease;
    expect(release.issuedAt).toBe('2023-07-01T07:30:00.000Z');
    expect(release.quotes[0]!.speaker!.documentId).toBe(release.quotes[1]!.speaker!.documentId);
    expect(release.quotes[2]!.speaker!.documentId).toBe(geoana);
    const fr = release.locales.find((entry) => entry.locale === 'fr')!;
    expect(fr).toMatchObject({ publication: 'draft', translation: null });
    await app
      .http()
      .get(`/newsroom/releases/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .expect(404);
  });

  it('creates nothing when one deployment is invalid (negative personnel): one transaction', async () => {
    const body = saveBodyFrom(await parse(SAMPLE));
    body.quotes[0] = { text: 'Words of someone new.', speakerName: 'Brand New Speaker' };
    body.deployments[1] = { ...body.deployments[1]!, personnelCount: -500 };
    const before = await counts();
    const response = await post('/newsroom/import', body).expect(400);
    expect(response.body.error.details.errors).toEqual([
      {
        path: ['deployments', '1', 'personnelCount'],
        message: 'personnelCount must not be negative',
        name: 'ValidationError',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('creates nothing when a quote names a person that does not exist', async () => {
    const body = saveBodyFrom(await parse(SAMPLE));
    body.quotes[1] = { ...body.quotes[1]!, personDocumentId: 'nosuchperson' };
    const before = await counts();
    const response = await post('/newsroom/import', body).expect(400);
    expect(fieldsOf(response.body)).toEqual(['quotes.1.personDocumentId']);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ title: '  ' }, 'title'],
    [{ issuedAt: '13 June 2023' }, 'issuedAt'],
    [{ issuedAt: '2023-02-30' }, 'issuedAt'],
    [{ quotes: [{ text: 'Words.' }] }, 'quotes.0.speakerName'],
    [{ quotes: [{ text: '', speakerName: 'A B' }] }, 'quotes.0.text'],
    [{ deployments: [{ personnelCount: 3 }] }, 'deployments.0.mission'],
    [{ paragraphs: 'one' }, 'paragraphs'],
    [{ locale: 'de' }, 'locale'],
  ])('refuses %j with a 400 naming %s', async (change, field) => {
    const body = {
      locale: 'en',
      title: 'T',
      issuedAt: '2023-06-13',
      paragraphs: [],
      quotes: [],
      deployments: [],
      ...change,
    };
    const before = await counts();
    expect(fieldsOf((await post('/newsroom/import', body).expect(400)).body)).toContain(field);
    expect(await counts()).toEqual(before);
  });
});

describe('who may import', () => {
  it('refuses an Author (no newsroom permission) and lets the translator (fr) save in French only', async () => {
    const author = await tokenForRole(app, 'Author', 'author.import@newsroom.test');
    await post('/newsroom/import/parse', { text: SAMPLE }, author).expect(403);
    const minimal = { title: 'T', issuedAt: '2023-06-13', paragraphs: [], quotes: [], deployments: [] };
    await post('/newsroom/import', { ...minimal, locale: 'en' }, author).expect(403);

    const translator = await tokenForRole(app, 'Newsroom translator (fr)', 'translator.import@newsroom.test');
    await post('/newsroom/import/parse', { text: SAMPLE }, translator).expect(200);
    await post('/newsroom/import', { ...minimal, locale: 'en' }, translator).expect(403);
    await post('/newsroom/import', { ...minimal, locale: 'fr' }, translator).expect(201);
  });
});
