import fs from 'node:fs';

import { adminApi, createUserWithRole, type AdminApi } from './helpers/admin-api';
import { DEMO_RELEASE, expectNoPageErrors, openAdmin, RELEASE_UID, serverInfo, waitUntil, type AdminSession } from './fixtures';
import { ContentManagerEditPage, LoginPage, NewsroomPage, TranslationEditorPage, TranslationsPage } from './pages';

const TRANSLATOR = {
  email: 'traductrice.fr@newsroom.test',
  password: 'Traductrice-Browser-1',
  firstname: 'Claire',
  lastname: 'Traductrice',
};
const NEW_SOURCE = 'NATO and the EU agreed on 13 June 2023 to keep working together for stability in Kosovo and the Western Balkans.';
const NEW_FRENCH = 'L’OTAN et l’UE sont convenues le 13 juin 2023 de continuer à travailler ensemble pour la stabilité au Kosovo et dans les Balkans occidentaux.';
const TITLE_EN = DEMO_RELEASE.title.en;

interface PublicRelease {
  documentId: string;
  title: string;
  summary: string;
  slug: string;
}

describe('the fr translator translates an outdated release in the translation editor (real Chromium, real Strapi)', () => {
  let editor: AdminApi;
  let translator: AdminSession;
  let releaseId: string;

  beforeAll(async () => {
    const server = serverInfo();
    editor = await adminApi(server.baseURL, server.admin);
    await createUserWithRole(editor, 'Newsroom translator (fr)', TRANSLATOR);
    const list = await fetch(`${server.baseURL}/api/newsroom/releases?locale=en&pageSize=100`);
    const release = ((await list.json()) as { data: PublicRelease[] }).data.find((item) => item.title === TITLE_EN);
    if (!release) throw new Error('the demo release is not published in English');
    releaseId = release.documentId;
    // An editor changes the English summary: the French translation is now outdated.
    const changed = await editor.call('PUT', `/content-manager/collection-types/${RELEASE_UID}/${releaseId}?locale=en`, {
      summary: NEW_SOURCE,
    });
    expect(changed.status).toBe(200);
    translator = await openAdmin({ login: false });
    await new LoginPage(translator.page).loginAs(TRANSLATOR);
  });
  afterAll(async () => {
    await translator?.close();
  });

  it('sees the outdated release in the matrix, with a way into the editor and no publish button', async () => {
    const translations = await new TranslationsPage(translator.page).open({ locale: 'fr', status: 'outdated' });
    await translations.translateLink(TITLE_EN, 'fr').waitFor({ state: 'visible', timeout: 30_000 });
    // May export and import for French only: no other locale offered to export, no publish anywhere.
    expect(await translator.page.getByRole('button', { name: /publish/i }).count()).toBe(0);

    // The export follows the page's filters and downloads the file the server sent.
    const [download] = await Promise.all([translator.page.waitForEvent('download'), translations.exportButton('fr').click()]);
    expect(download.suggestedFilename()).toBe('releases-fr.xlf');
    const file = fs.readFileSync(await download.path(), 'utf8');
    expect(file).not.toContain('[object Object]');
    expect(file).toMatch(/^<\?xml[\s\S]*<xliff [\s\S]*target-language="fr"/);
    expect(file).toContain(NEW_SOURCE);
    const units = (file.match(/<trans-unit /g) ?? []).length;
    await translations.exportSummary
      .getByText(`Downloaded releases-fr.xlf: 1 release, ${units} ${units === 1 ? 'unit' : 'units'}`)
      .waitFor({ state: 'visible' });
    await translations.translateLink(TITLE_EN, 'fr').click();
    await new TranslationEditorPage(translator.page).waitFor('fr');
    expect(translator.page.url()).toContain(`/translations/${releaseId}/fr`);
  });

  it('sees what changed in the source, translates it and saves a French draft', async () => {
    const editorPage = new TranslationEditorPage(translator.page);
    const summary = editorPage.row('release', releaseId, 'summary');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.getAttribute('data-changed')).toBe('true');
    await summary.getByText(NEW_SOURCE).waitFor({ state: 'visible' });
    await summary.getByText(DEMO_RELEASE.summary.en).waitFor({ state: 'visible' }); // the old source, struck through
    expect(await editorPage.changedRows.count()).toBe(1);
    expect(await translator.page.getByRole('button', { name: /publish/i }).count()).toBe(0);

    await editorPage.target('release', releaseId, 'summary').fill(NEW_FRENCH);
    await new NewsroomPage(translator.page).screenshot('translation-editor');
    await editorPage.save('fr');
    await waitUntil(async () => (await editorPage.changedRows.count()) === 0, { message: 'no field outdated after saving' });
    expect(await editorPage.target('release', releaseId, 'summary').inputValue()).toBe(NEW_FRENCH);

    // Saved as a draft: the public French version is unchanged until an editor publishes.
    const publicFr = await translator.page.request.get(`/api/newsroom/releases?locale=fr&pageSize=100`);
    const before = ((await publicFr.json()) as { data: PublicRelease[] }).data.find((item) => item.documentId === releaseId);
    expect(before?.summary).toBe(DEMO_RELEASE.summary.fr);
    expectNoPageErrors(translator.errors);
  });

  it('cannot open the editor in a locale its role may not edit', async () => {
    const editorPage = await new TranslationEditorPage(translator.page).open(releaseId, 'sq');
    await translator.page.getByRole('heading', { name: 'This translation cannot be opened' }).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await editorPage.saveButton('sq').count()).toBe(0);
    translator.clearErrors(); // the 403 is logged by the browser
  });

  it('sees the release in the content manager with human field names, no way to publish, and locales linking to the editor', async () => {
    const edit = await new ContentManagerEditPage(translator.page, RELEASE_UID).open(releaseId, 'fr');
    await edit.fieldLabel('Issued on').first().waitFor({ state: 'visible', timeout: 30_000 });
    await edit.fieldLabel('Source language').first().waitFor({ state: 'visible' });
    expect(await edit.fieldLabel('issuedAt').count()).toBe(0);
    expect(await edit.fieldLabel('sourceLocale').count()).toBe(0);
    const publish = translator.page.getByRole('button', { name: /^Publish/ });
    for (let i = 0; i < (await publish.count()); i += 1) expect(await publish.nth(i).isDisabled()).toBe(true);
    await edit.translationEditorLink('fr').click();
    await new TranslationEditorPage(translator.page).waitFor('fr');
    translator.clearErrors(); // the content manager logs its own 403s for actions the role lacks
  });

  it('is published by an editor, and the public API serves the new French text', async () => {
    const published = await editor.call('POST', `/newsroom/releases/${releaseId}/publish?locale=fr`);
    expect(published.status).toBe(200);
    const response = await translator.page.request.get(`/api/newsroom/releases?locale=fr&pageSize=100`);
    const release = ((await response.json()) as { data: PublicRelease[] }).data.find((item) => item.documentId === releaseId);
    expect(release?.summary).toBe(NEW_FRENCH);
    expect(fs.existsSync(`${process.cwd()}/docs/screenshots/translation-editor.png`)).toBe(true);
  });
});
