import { seedDemo } from '../../src/demo/seed';
import { DEPLOYMENT_UID, documents, PERSON_UID, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let releaseId: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`);
interface Configuration {
  settings: { mainField: string };
  metadatas: Record<string, { edit: { label: string; description: string; visible: boolean; mainField?: string } }>;
  layouts: { edit: Array<Array<{ name: string }>> };
}
const configurationOf = async (uid: string) =>
  (await get(`/content-manager/content-types/${uid}/configuration`).expect(200)).body.data.contentType as Configuration;

interface Picked {
  documentId: string;
  label?: string;
}
const pickerItems = async (field: string) =>
  (await get(`/content-manager/relations/${RELEASE_UID}/${field}?locale=en&pageSize=50`).expect(200)).body.results as Picked[];

describe('the content manager shows the newsroom types with human labels', () => {
  it('labels and explains the fields of the edit view instead of raw names', async () => {
    const release = await configurationOf(RELEASE_UID);
    expect(release.metadatas.issuedAt!.edit.label).toBe('Issued on');
    expect(release.metadatas.internalNote!.edit).toMatchObject({ label: 'Internal note', description: expect.stringMatching(/never published/) });
    expect(release.metadatas.sourceLocale!.edit.label).toBe('Source language');
    expect(release.settings.mainField).toBe('title');
    const deployment = await configurationOf(DEPLOYMENT_UID);
    expect(deployment.metadatas.contributingNation!.edit.label).toBe('Contributing nation');
    expect(deployment.metadatas.label!.edit.visible).toBe(false);
    expect(deployment.layouts.edit.flat().map((cell) => cell.name)).not.toContain('label');
  });

  it('lists quotes in relation pickers by speaker and first words, deployments by mission, nation and unit', async () => {
    expect((await configurationOf(QUOTE_UID)).settings.mainField).toBe('label');
    expect((await configurationOf(RELEASE_UID)).metadatas.quotes!.edit.mainField).toBe('label');
    const quotes = await pickerItems('quotes');
    // The demo's three quotes are linked already; new ones show up in the picker.
    await documents(app.strapi, QUOTE_UID).create({
      locale: 'en',
      data: { text: 'A fourth quote, not yet in any release, with many words in it.', speakerRole: 'Spokesperson', speaker: (await firstPerson()).documentId },
    });
    const after = await pickerItems('quotes');
    expect(after.length).toBe(quotes.length + 1);
    expect(after.map((item) => item.label)).toContain('Mircea Geoană: “A fourth quote, not yet in any release,…”');
    const linked = (await get(`/content-manager/relations/${RELEASE_UID}/${releaseId}/quotes?locale=en`).expect(200)).body.results as Picked[];
    const labels = linked.map((item) => item.label);
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label).toMatch(/^Mircea Geoană: “.+”$/);
    const deployments = (await get(`/content-manager/relations/${RELEASE_UID}/${releaseId}/deployments?locale=en`).expect(200)).body.results as Picked[];
    expect(deployments.map((item) => item.label)).toContain('KFOR · TR · 65th Mechanized Infantry Brigade');
  });

  it('keeps the labels up to date when the words, the unit or the speaker’s name change', async () => {
    const [quote] = (await app.strapi.db.query(QUOTE_UID).findMany({ where: { locale: 'fr', publishedAt: null }, limit: 1 })) as Array<{ documentId: string }>;
    await documents(app.strapi, QUOTE_UID).update({ documentId: quote!.documentId, locale: 'fr', data: { text: 'De nouveaux mots.' } });
    const label = async () =>
      ((await app.strapi.db.query(QUOTE_UID).findOne({ where: { documentId: quote!.documentId, locale: 'fr', publishedAt: null } })) as { label: string }).label;
    expect(await label()).toBe('Mircea Geoană: “De nouveaux mots.”');
    const person = await firstPerson();
    await documents(app.strapi, PERSON_UID).update({ documentId: person.documentId, locale: 'fr', data: { name: 'M. Geoană' } });
    expect(await label()).toBe('M. Geoană: “De nouveaux mots.”');
  });

  it('leaves what an admin changed in "Configure the view"', async () => {
    // What Settings > Content manager > Configure the view saves (its controller calls this service).
    const contentTypes = app.strapi.plugin('content-manager').service('content-types') as unknown as {
      findConfiguration(ct: { uid: string }): Promise<Configuration & { uid?: string }>;
      updateConfiguration(ct: { uid: string }, configuration: Configuration): Promise<unknown>;
    };
    const { uid: _ignored, ...stored } = await contentTypes.findConfiguration({ uid: RELEASE_UID });
    stored.metadatas.issuedAt!.edit.label = 'Embargo lifted at';
    await contentTypes.updateConfiguration({ uid: RELEASE_UID }, stored);
    expect((await configurationOf(RELEASE_UID)).metadatas.issuedAt!.edit.label).toBe('Embargo lifted at');
    await (app.strapi.plugin('newsroom').service('content-manager-views') as { configure(): Promise<void> }).configure();
    expect((await configurationOf(RELEASE_UID)).metadatas.issuedAt!.edit.label).toBe('Embargo lifted at');
  });
});

const firstPerson = async () =>
  (await app.strapi.db.query(PERSON_UID).findOne({ where: { locale: 'en', publishedAt: null, name: 'Mircea Geoană' } })) as { documentId: string };
