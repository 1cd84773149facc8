import { expectNoPageErrors, openAdmin, RELEASE_UID, waitUntil, type AdminSession } from './fixtures';
import { AdminShell, ContentManagerListPage, NewsroomPage } from './pages';

const DEMO_TITLE = 'NATO and EU together for stability in Kosovo and the Western Balkans';

describe('admin smoke test (real Chromium, real Strapi)', () => {
  let admin: AdminSession;

  beforeAll(async () => {
    admin = await openAdmin(); // logs in with the seeded super admin
  });

  afterAll(async () => {
    await admin?.close();
  });

  test('the Newsroom entry is in the main navigation', async () => {
    const newsroom = new NewsroomPage(admin.page);
    await newsroom.menuLink.waitFor({ state: 'visible' });
    expect(await newsroom.menuLink.isVisible()).toBe(true);
  });

  test('the Newsroom entry has its own icon, not the Content Manager\'s feather (issue 8 item 8)', async () => {
    const shell = new AdminShell(admin.page);
    const icon = async (href: string) => (await shell.navLink(href).locator('svg').first().innerHTML()).trim();
    await shell.navLink('/admin/content-manager').waitFor({ state: 'visible' });
    expect(await icon('/admin/plugins/newsroom')).not.toBe(await icon('/admin/content-manager'));
  });

  test('the plugin page renders without page errors', async () => {
    const newsroom = await new NewsroomPage(admin.page).open();
    expect(await newsroom.heading.textContent()).toContain('Newsroom');
    await newsroom.screenshot('newsroom-home');
    expectNoPageErrors(admin.errors);
  });

  test('the content manager lists the seeded demo release', async () => {
    const list = await new ContentManagerListPage(admin.page, RELEASE_UID).open();
    const row = list.row(DEMO_TITLE);
    // The assertion: exactly one visible row with the title (polled: the list re-renders as it loads).
    await waitUntil(async () => (await row.count()) === 1 && (await row.isVisible()), { message: `one row "${DEMO_TITLE}"` });
    expectNoPageErrors(admin.errors);
  });
});
