import type { ComposerRelease, DashboardLocale } from '../../plugins/newsroom/shared/contracts/dashboard';
import type { GetRelease } from '../../plugins/newsroom/shared/contracts/releases';
import { seedDemo } from '../../src/demo/seed';
import { tokenForRole } from '../helpers/admin-users';
import { DEPLOYMENT_UID, documents, PERSON_UID, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let releaseId: string;
let geoana: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
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

type Method = 'get' | 'post' | 'put' | 'delete';
const call = (method: Method, url: string, as = token) => app.http()[method](url).set('Authorization', `Bearer ${as}`);
const base = (locale = 'en', path = '') => `/newsroom/releases/${releaseId}${path}?locale=${locale}`;

const view = async (locale = 'en') => (await call('get', base(locale)).expect(200)).body.data as ComposerRelease;
const state = (release: ComposerRelease, locale: string) =>
  release.locales.find((entry) => entry.locale === locale) as DashboardLocale;
const rows = (uid: string, where: Record<string, unknown> = {}) =>
  app.strapi.db.query(uid as typeof RELEASE_UID).count({ where });
const fieldsOf = (body: { error: { details: { errors: Array<{ path: string[] }> } } }) =>
  body.error.details.errors.map((error) => error.path.join('.'));

describe('the release view', () => {
  it('shows the draft in a locale with its quotes in order and its deployments as readers of that locale read them', async () => {
    const en = await view('en');
    expect(en).toMatchObject({
      documentId: releaseId,
      locale: 'en',
      title: 'NATO and EU together for stability in Kosovo and the Western Balkans',
    });
    expect(en.body[0]).toMatchObject({ type: 'paragraph' });
    expect(en.quotes.map((quote) => quote.order)).toEqual([0, 1, 2]);
    expect(
      en.quotes.every((quote) => quote.speaker?.documentId === geoana && quote.speaker.name === 'Mircea Geoană'),
    ).toBe(true);
    expect(en.deployments.map((d) => d.personnelText)).toEqual(['more than 4,000', 'around 500', 'unknown']);
    expect(en.deployments[1]).toMatchObject({
      contributingNation: 'TR',
      contributingNationName: 'Türkiye',
      arrivalDate: '2023-06-05',
    });
    expect(state(en, 'en')).toMatchObject({ publication: 'published', translation: null });
    expect(state(en, 'fr')).toMatchObject({ publication: 'published', translation: 'current' });
    expect(state(en, 'sq')).toMatchObject({ publication: 'missing', translation: 'missing' });

    const fr = await view('fr');
    expect(fr.title).toMatch(/^L’OTAN et l’UE/);
    expect(fr.deployments[1]).toMatchObject({ contributingNationName: 'Turquie', personnelText: 'environ 500' });
  });

  it('answers 404 for a locale the release lacks, naming those it has, and for an unknown release', async () => {
    const missing = await call('get', base('sq')).expect(404);
    expect(missing.body.error.message).toBe(`Release ${releaseId} has no version in "sq" (it has: en, fr)`);
    expect(missing.body.error.details.locales).toEqual(['en', 'fr']);
    await call('get', '/newsroom/releases/nosuchrelease0000000000?locale=en').expect(404);
    expect(fieldsOf((await call('get', base('de')).expect(400)).body)).toEqual(['locale']);
  });
});

describe('composing quotes', () => {
  it('adds a quote last, its speaker found by name ignoring case and diacritics', async () => {
    const people = await rows(PERSON_UID);
    const release = (
      await call('post', base('en', '/quotes'))
        .send({
          text: 'KFOR will remain vigilant.',
          speaker: { name: 'mircea geoana' },
          speakerRole: 'Deputy Secretary General',
        })
        .expect(200)
    ).body.data as ComposerRelease;
    const added = release.quotes[3]!;
    expect(added).toMatchObject({
      text: 'KFOR will remain vigilant.',
      order: 3,
      speaker: { documentId: geoana },
      speakerRole: 'Deputy Secretary General',
    });
    expect(await rows(PERSON_UID)).toBe(people);
    // The quote is not public yet: the release reads as modified until it is published again.
    expect(state(release, 'en').publication).toBe('modified');
  });

  it('creates the speaker (a draft, in that locale) when nobody has that name', async () => {
    const release = (
      await call('post', base('en', '/quotes'))
        .send({ text: 'We stand ready.', speaker: { name: 'Jane Ottersen' } })
        .expect(200)
    ).body.data as ComposerRelease;
    const speaker = release.quotes.at(-1)!.speaker!;
    expect(speaker.name).toBe('Jane Ottersen');
    const stored = await app.strapi.db.query(PERSON_UID).findMany({ where: { documentId: speaker.documentId } });
    expect(stored).toEqual([expect.objectContaining({ locale: 'en', publishedAt: null })]);
  });

  it('refuses an unknown speaker documentId, and bad quotes with the Document Service validation (400 naming the field)', async () => {
    const unknown = await call('post', base('en', '/quotes'))
      .send({ text: 'Words.', speaker: { documentId: 'nosuchperson' } })
      .expect(400);
    expect(fieldsOf(unknown.body)).toEqual(['speaker.documentId']);
    const both = await call('post', base('en', '/quotes'))
      .send({ text: 'Words.', speaker: { documentId: geoana, name: 'X' } })
      .expect(400);
    expect(fieldsOf(both.body)).toEqual(['speaker']);
    const blank = await call('post', base('en', '/quotes'))
      .send({ text: '   ', speaker: { documentId: geoana } })
      .expect(400);
    expect(blank.body.error.details.errors).toEqual([
      { path: ['text'], message: 'text (the exact words) must not be empty', name: 'ValidationError' },
    ]);
    const badDate = await call('post', base('en', '/quotes'))
      .send({ text: 'Words.', speaker: { documentId: geoana }, saidAt: 'yesterday' })
      .expect(400);
    expect(fieldsOf(badDate.body)).toEqual(['saidAt']);
    const extra = await call('post', base('en', '/quotes'))
      .send({ text: 'Words.', speaker: { documentId: geoana }, release: 'x' })
      .expect(400);
    expect(fieldsOf(extra.body)).toEqual(['release']);
  });

  it('writes nothing when a later step of the request fails (one transaction)', async () => {
    const people = await rows(PERSON_UID);
    const quotes = await rows(QUOTE_UID);
    // The new speaker would be created first; the blank text then fails the quote's validation.
    await call('post', base('en', '/quotes'))
      .send({ text: '', speaker: { name: 'Nobody Yet' } })
      .expect(400);
    expect(await rows(PERSON_UID)).toBe(people);
    expect(await rows(QUOTE_UID)).toBe(quotes);
  });

  it('updates a quote of the release, and 404s for a quote of another release', async () => {
    const [first] = (await view('en')).quotes;
    const release = (
      await call('put', base('en', `/quotes/${first!.documentId}`))
        .send({ text: 'Edited words.', speakerRole: null })
        .expect(200)
    ).body.data as ComposerRelease;
    expect(release.quotes[0]).toMatchObject({
      documentId: first!.documentId,
      text: 'Edited words.',
      speakerRole: null,
    });
    expect((await view('fr')).quotes[0]!.text).not.toBe('Edited words.');
    const other = await documents(app.strapi, QUOTE_UID).create({
      locale: 'en',
      data: { text: 'Elsewhere.', speaker: geoana },
    });
    await call('put', base('en', `/quotes/${other.documentId}`))
      .send({ text: 'Hijack.' })
      .expect(404);
    const blank = await call('put', base('en', `/quotes/${first!.documentId}`))
      .send({ text: '' })
      .expect(400);
    expect(fieldsOf(blank.body)).toEqual(['text']);
  });

  it('reorders the quotes when given every one exactly once, and refuses any other list', async () => {
    const ids = (await view('en')).quotes.map((quote) => quote.documentId);
    const reversed = [...ids].reverse();
    for (const documentIds of [ids.slice(1), [...ids, ids[0]], [...ids.slice(1), 'stranger']]) {
      const response = await call('put', base('en', '/quotes-order')).send({ documentIds }).expect(400);
      expect(fieldsOf(response.body)).toEqual(['documentIds']);
    }
    await call('put', base('en', '/quotes-order')).send({ ids }).expect(400);
    const release = (await call('put', base('en', '/quotes-order')).send({ documentIds: reversed }).expect(200)).body
      .data as ComposerRelease;
    expect(release.quotes.map((quote) => quote.documentId)).toEqual(reversed);
    expect(release.quotes.map((quote) => quote.order)).toEqual(reversed.map((_, index) => index));
  });

  it('deletes a quote in that locale only', async () => {
    const before = await view('en');
    const added = before.quotes.find((quote) => quote.text === 'KFOR will remain vigilant.')!;
    const release = (await call('delete', base('en', `/quotes/${added.documentId}`)).expect(200)).body
      .data as ComposerRelease;
    expect(release.quotes.map((quote) => quote.documentId)).not.toContain(added.documentId);
    expect(release.quotes).toHaveLength(before.quotes.length - 1);
    // A seeded quote (there in French too), not the one edited above.
    const seeded = before.quotes.find((quote) => quote.text.startsWith('NATO has been committed'))!.documentId;
    await call('delete', base('en', `/quotes/${seeded}`)).expect(200);
    expect((await view('en')).quotes.map((quote) => quote.documentId)).not.toContain(seeded);
    expect((await view('fr')).quotes.map((quote) => quote.documentId)).toContain(seeded);
    expect(await rows(QUOTE_UID, { documentId: seeded, locale: 'en' })).toBe(0);
  });
});

describe('composing deployments', () => {
  it('adds a deployment last, shown as readers of the locale read it', async () => {
    const release = (
      await call('post', base('en', '/deployments'))
        .send({
          mission: 'KFOR',
          contributingNation: 'IT',
          unit: 'Italian Carabinieri MSU',
          personnelCount: 1200,
          personnelQualifier: 'approximately',
          deploymentStatus: 'deploying',
        })
        .expect(200)
    ).body.data as ComposerRelease;
    expect(release.deployments).toHaveLength(4);
    expect(release.deployments[3]).toMatchObject({
      contributingNationName: 'Italy',
      personnelText: 'around 1,200',
      deploymentStatus: 'deploying',
    });
  });

  it('passes the Document Service validation’s 400 (naming the field) to the client as is, writing nothing', async () => {
    const deployments = await rows(DEPLOYMENT_UID);
    const negative = await call('post', base('en', '/deployments'))
      .send({ mission: 'KFOR', personnelCount: -5 })
      .expect(400);
    expect(negative.body.error).toMatchObject({
      name: 'ValidationError',
      message: 'personnelCount: personnelCount must not be negative',
      details: {
        errors: [{ path: ['personnelCount'], message: 'personnelCount must not be negative', name: 'ValidationError' }],
      },
    });
    const nation = await call('post', base('en', '/deployments'))
      .send({ mission: 'KFOR', contributingNation: 'tr' })
      .expect(400);
    expect(fieldsOf(nation.body)).toEqual(['contributingNation']);
    expect(fieldsOf((await call('post', base('en', '/deployments')).send({ mission: ' ' }).expect(400)).body)).toEqual([
      'mission',
    ]);
    expect(fieldsOf((await call('post', base('en', '/deployments')).send({}).expect(400)).body)).toEqual(['mission']);
    expect(await rows(DEPLOYMENT_UID)).toBe(deployments);
  });

  it('updates a deployment the release reports', async () => {
    const target = (await view('en')).deployments[1]!;
    const release = (
      await call('put', base('en', `/deployments/${target.documentId}`))
        .send({ unit: '65th Mechanised Infantry Brigade', personnelCount: 550 })
        .expect(200)
    ).body.data as ComposerRelease;
    expect(release.deployments[1]).toMatchObject({
      unit: '65th Mechanised Infantry Brigade',
      personnelText: 'around 550',
    });
    const bad = await call('put', base('en', `/deployments/${target.documentId}`))
      .send({ arrivalDate: '5 June' })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['arrivalDate']);
    await call('put', base('en', '/deployments/notreportedhere')).send({ unit: 'X' }).expect(404);
  });

  it('unlinks a deployment another release reports, and deletes one no release reports any more', async () => {
    const [shared, own] = (await view('en')).deployments;
    const other = await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      data: { title: 'KFOR update', issuedAt: '2023-07-01T09:00:00.000Z', deployments: [shared!.documentId] },
    });
    let release = (await call('delete', base('en', `/deployments/${shared!.documentId}`)).expect(200)).body
      .data as ComposerRelease;
    expect(release.deployments.map((d) => d.documentId)).not.toContain(shared!.documentId);
    expect(await rows(DEPLOYMENT_UID, { documentId: shared!.documentId, locale: 'en' })).toBeGreaterThan(0);
    expect(
      await rows(RELEASE_UID, { documentId: other.documentId, deployments: { documentId: shared!.documentId } }),
    ).toBe(1);

    release = (await call('delete', base('en', `/deployments/${own!.documentId}`)).expect(200)).body
      .data as ComposerRelease;
    expect(release.deployments.map((d) => d.documentId)).not.toContain(own!.documentId);
    expect(await rows(DEPLOYMENT_UID, { documentId: own!.documentId, locale: 'en' })).toBe(0);
    expect(await rows(DEPLOYMENT_UID, { documentId: own!.documentId, locale: 'fr' })).toBe(2);
  });
});

describe('publishing', () => {
  it('publishes the release in a locale with its quotes, deployments and new speakers, for the public API', async () => {
    const before = await view('en');
    expect(state(before, 'en').publication).toBe('modified');
    const release = (await call('post', base('en', '/publish')).send({}).expect(200)).body.data as ComposerRelease;
    expect(state(release, 'en').publication).toBe('published');
    // The en edits above changed deployment fields shared by every locale (mission, personnel), so
    // the fr draft really differs from what fr publishes: "modified" by content (issue 8 item 2).
    expect(state(release, 'fr').publication).toBe('modified');

    const publicRelease = (await app.http().get(`/api/newsroom/releases/${release.slug}?locale=en`).expect(200))
      .body as GetRelease.Response;
    expect(publicRelease.data.quotes.map((quote) => quote.documentId)).toEqual(
      release.quotes.map((quote) => quote.documentId),
    );
    expect(publicRelease.data.quotes.map((quote) => quote.text)).toContain('Edited words.');
    expect(publicRelease.data.quotes.find((quote) => quote.text === 'We stand ready.')?.speaker?.name).toBe(
      'Jane Ottersen',
    );
    expect(publicRelease.data.deployments.map((d) => d.documentId)).toEqual(
      release.deployments.map((d) => d.documentId),
    );
    expect(publicRelease.data.deployments.map((d) => d.unit)).toContain('Italian Carabinieri MSU');
  });

  it('unpublishes the release only: its quotes and deployments stay published', async () => {
    const { slug, deployments } = await view('en');
    const release = (await call('post', base('en', '/unpublish')).send({}).expect(200)).body.data as ComposerRelease;
    expect(state(release, 'en').publication).toBe('draft');
    expect(state(release, 'fr').publication).toBe('modified');
    await app.http().get(`/api/newsroom/releases/${slug}?locale=en&fallback=false`).expect(404);
    expect(
      await rows(DEPLOYMENT_UID, {
        documentId: deployments[0]!.documentId,
        locale: 'en',
        publishedAt: { $notNull: true },
      }),
    ).toBe(1);
    // Unpublishing again changes nothing.
    await call('post', base('en', '/unpublish')).send({}).expect(200);
    await call('post', base('sq', '/publish')).send({}).expect(404);
  });
});

describe('who may compose and publish', () => {
  let author: string;
  let translator: string;
  beforeAll(async () => {
    author = await tokenForRole(app, 'Author', 'author.composer@newsroom.test');
    translator = await tokenForRole(app, 'Newsroom translator (fr)', 'translator.composer@newsroom.test');
  });

  it('refuses an Author (no newsroom permission) on every route family', async () => {
    const quoteId = (await view('en')).quotes[0]!.documentId;
    const deploymentId = (await view('en')).deployments[0]!.documentId;
    await call('get', base('en'), author).expect(403);
    await call('post', base('en', '/quotes'), author)
      .send({ text: 'x', speaker: { documentId: geoana } })
      .expect(403);
    await call('put', base('en', `/quotes/${quoteId}`), author)
      .send({ text: 'x' })
      .expect(403);
    await call('delete', base('en', `/quotes/${quoteId}`), author).expect(403);
    await call('put', base('en', '/quotes-order'), author).send({ documentIds: [] }).expect(403);
    await call('post', base('en', '/deployments'), author).send({ mission: 'KFOR' }).expect(403);
    await call('put', base('en', `/deployments/${deploymentId}`), author)
      .send({ unit: 'x' })
      .expect(403);
    await call('delete', base('en', `/deployments/${deploymentId}`), author).expect(403);
    await call('post', base('en', '/publish'), author).send({}).expect(403);
    await call('post', base('en', '/unpublish'), author).send({}).expect(403);
    expect((await view('en')).quotes[0]!.documentId).toBe(quoteId);
  });

  it('lets the translator (fr) compose in French only, and never publish', async () => {
    await call('get', base('en'), translator).expect(200);
    const fr = await view('fr');
    const edited = (
      await call('put', base('fr', `/quotes/${fr.quotes[0]!.documentId}`), translator)
        .send({ text: 'Mots du traducteur.' })
        .expect(200)
    ).body.data as ComposerRelease;
    expect(edited.quotes[0]!.text).toBe('Mots du traducteur.');
    await call('put', base('en', `/quotes/${(await view('en')).quotes[0]!.documentId}`), translator)
      .send({ text: 'No.' })
      .expect(403);
    await call('post', base('fr', '/publish'), translator).send({}).expect(403);
    await call('post', base('fr', '/unpublish'), translator).send({}).expect(403);
    expect(state(await view('fr'), 'fr').publication).toBe('modified');
  });
});
