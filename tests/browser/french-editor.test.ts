import { adminLogin, composerRelease, createAdminWithLanguage, findReleaseId } from './helpers/admin-api';
import { DEMO_RELEASE, expectNoPageErrors, openAdmin, waitUntil, type AdminSession } from './fixtures';
import { LocalizedReleasePage, LoginPage, NewsroomPage } from './pages';

/**
 * Issue 8 items 1, 2, 5 (and 8): an editor whose admin interface is in French (her preferred
 * language) edits, reorders and publishes the French version of the demo release. The dialogs
 * show and save French, name the locale, ask before publishing; English stays as published.
 */
const FRENCH_EDITOR = { email: 'elise@newsroom.test', password: 'Newsroom-Redactrice-1' };

describe('a French-speaking editor composes the fr version (real Chromium, real Strapi)', () => {
  let admin: AdminSession;
  let token: string;
  let releaseId: string;

  beforeAll(async () => {
    admin = await openAdmin({ login: false });
    const superToken = await adminLogin(admin.server.baseURL, admin.server.admin);
    token = await createAdminWithLanguage(admin.server.baseURL, superToken, FRENCH_EDITOR, 'fr');
    releaseId = await findReleaseId(admin.server.baseURL, token, DEMO_RELEASE.title.en);
    await new LoginPage(admin.page).loginAs(FRENCH_EDITOR);
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('edits a quote in French, reorders, confirms "Publier les modifications"; English stays published and unchanged', async () => {
    const enBefore = await composerRelease(admin.server.baseURL, token, releaseId, 'en');
    const frBefore = await composerRelease(admin.server.baseURL, token, releaseId, 'fr');
    const release = new LocalizedReleasePage(admin.page, { locale: 'Langue' });

    // Opened in English first, then switched to French with the view's select (item 1's path).
    await release.open(releaseId, 'en');
    await release.switchLocale(/^français \(fr\)/);
    await admin.page.getByRole('heading', { name: frBefore.title }).first().waitFor({ timeout: 30_000 });

    const dialog = await release.openDialog('Modifier la citation 1');
    expect(await dialog.getByRole('heading').first().textContent()).toBe('Modifier la citation 1 — français (fr)');
    const words = dialog.getByLabel('Propos exacts');
    expect(await words.inputValue()).toBe(frBefore.quotes[0]!.text);
    const edited = `${frBefore.quotes[0]!.text} (révisé)`;
    await words.fill(edited);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await waitUntil(async () => ((await release.quotes.first().textContent()) ?? '').includes('(révisé)'), {
      message: 'the edited French quote on its card',
    });

    // Item 8: a disabled "move up" is not a Tab stop.
    expect(await admin.page.getByRole('button', { name: 'Monter la citation 1' }).getAttribute('tabindex')).toBe('-1');

    await admin.page.getByRole('button', { name: 'Descendre la citation 1' }).click();
    await waitUntil(async () => ((await release.quotes.nth(1).textContent()) ?? '').includes('(révisé)'), {
      message: 'the edited quote moved to second place',
    });

    // Item 2 and 5: the action says what it does, asks first, shows progress, then the state is right.
    const publish = admin.page.getByRole('button', { name: 'Publier les modifications' });
    await publish.click();
    const confirm = admin.page.getByRole('alertdialog');
    await confirm.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await confirm.textContent()).toContain('Publier la version français (fr) ?');
    await new NewsroomPage(admin.page).screenshot('release-view-fr-confirm-publish');
    await confirm.getByRole('button', { name: 'Publier les modifications' }).click();
    await confirm.waitFor({ state: 'hidden', timeout: 30_000 });
    await admin.page.getByRole('button', { name: 'Dépublier' }).waitFor({ timeout: 30_000 });
    // The view refreshes after the publish (its tags invalidated): the action goes away.
    await waitUntil(async () => (await admin.page.getByRole('button', { name: 'Publier les modifications' }).count()) === 0, {
      message: '"Publier les modifications" gone once the fr version is published',
    });
    await new NewsroomPage(admin.page).screenshot('release-view-fr');

    const frAfter = await composerRelease(admin.server.baseURL, token, releaseId, 'fr');
    const enAfter = await composerRelease(admin.server.baseURL, token, releaseId, 'en');
    expect(frAfter.quotes[1]!.text).toBe(edited);
    expect(frAfter.locales.find((entry) => entry.locale === 'fr')?.publication).toBe('published');
    expect(enAfter.locales.find((entry) => entry.locale === 'en')?.publication).toBe('published');
    expect(enAfter.quotes.map((quote) => [quote.documentId, quote.text])).toEqual(
      enBefore.quotes.map((quote) => [quote.documentId, quote.text]),
    );
    expectNoPageErrors(admin.errors);
  });

  it('confirms before removing a quote, and removes nothing on cancel', async () => {
    const count = await new LocalizedReleasePage(admin.page, { locale: 'Langue' }).quotes.count();
    await admin.page.getByRole('button', { name: 'Retirer la citation 1' }).click();
    const confirm = admin.page.getByRole('alertdialog');
    await confirm.waitFor({ state: 'visible', timeout: 30_000 });
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await admin.page.locator('[data-testid="quote"]').count()).toBe(count);
  });

  it('the dashboard: New release beside Import, filters in the URL, focus on the release heading after opening it', async () => {
    await admin.page.goto('/admin/plugins/newsroom?locale=fr&search=Kosovo');
    await admin.page.getByRole('link', { name: 'Nouveau communiqué' }).waitFor({ timeout: 60_000 });
    expect(await admin.page.getByRole('link', { name: 'Importer depuis un texte' }).count()).toBe(1);
    await waitUntil(async () => (await admin.page.getByTestId('dashboard-counts-summary').textContent())?.includes('1 communiqué') ?? false, {
      message: 'counts that say what they count',
    });
    expect(await admin.page.getByTestId('dashboard-counts-summary').textContent()).toContain('version linguistique publiée');
    await admin.page.reload();
    await admin.page.getByRole('link', { name: 'Nouveau communiqué' }).waitFor({ timeout: 60_000 });
    expect(await admin.page.getByRole('searchbox').inputValue()).toBe('Kosovo');

    const link = admin.page.getByRole('link', { name: DEMO_RELEASE.title.en });
    await link.focus();
    await admin.page.keyboard.press('Enter');
    await admin.page.getByRole('heading', { name: DEMO_RELEASE.title.en }).first().waitFor({ timeout: 30_000 });
    const focusedHeading = admin.page.locator('h1:focus');
    await waitUntil(async () => (await focusedHeading.count()) === 1, {
      message: 'focus on the release heading',
    });
    expect(await admin.page.getByRole('link', { name: 'Retour aux communiqués' }).count()).toBe(1);
    expectNoPageErrors(admin.errors);
  });

  it('sends the version it loaded as If-Match; on 409 shows what changed and offers to reload, writing nothing', async () => {
    const releasePath = `/newsroom/releases/${releaseId}`;
    let sentIfMatch: string | undefined;
    let reloads = 0;
    // The server's version check is built on another branch: here the test server's answers are
    // given a version, and the write answers the 409 of the contract.
    await admin.page.route(
      (url) => url.pathname === releasePath,
      async (route) => {
        reloads += 1;
        try {
          const response = await route.fetch();
          const body = (await response.json()) as { data: Record<string, unknown> };
          await route.fulfill({ response, json: { data: { ...body.data, version: 'v-loaded' } } });
        } catch {
          // the page moved on (or the test ended) while this answer was on its way
        }
      },
    );
    await admin.page.route(
      (url) => url.pathname === `${releasePath}/quotes-order`,
      async (route) => {
        sentIfMatch = route.request().headers()['if-match'];
        await route.fulfill({
          status: 409,
          json: {
            data: null,
            error: {
              status: 409,
              name: 'ConflictError',
              message: 'The release changed since it was loaded',
              details: { currentVersion: 'v-newer', changes: ['quotes: order'] },
            },
          },
        });
      },
    );
    try {
      const release = new LocalizedReleasePage(admin.page, { locale: 'Langue' });
      await release.open(releaseId, 'fr');
      await admin.page.getByRole('button', { name: 'Descendre la citation 1' }).click();
      const conflict = admin.page.getByRole('alertdialog');
      await conflict.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await conflict.textContent()).toContain('Ce communiqué a changé');
      expect(await conflict.getByTestId('conflict-changes').textContent()).toContain('quotes: order');
      expect(sentIfMatch).toBe('"v-loaded"');
      const before = reloads;
      await conflict.getByRole('button', { name: 'Recharger le communiqué' }).click();
      await conflict.waitFor({ state: 'hidden', timeout: 30_000 });
      await waitUntil(async () => reloads > before, { message: 'the release loaded again' });
    } finally {
      await admin.page.unrouteAll({ behavior: 'ignoreErrors' });
    }
    admin.clearErrors(); // the 409 is logged by the browser as a failed request
  });
});
