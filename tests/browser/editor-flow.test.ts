import fs from 'node:fs';
import path from 'node:path';

import { expectNoPageErrors, openAdmin, waitUntil, type AdminSession } from './fixtures';
import { ImportPage, NewsroomPage, ReleasePage } from './pages';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'src', 'demo', 'nato-kfor-2023-06-13.txt'), 'utf8');
const TITLE = 'NATO and EU together for stability in Kosovo (imported)';

interface PublicRelease {
  title: string;
  quotes: Array<{ text: string; speaker: { name: string } | null; speakerRole: string | null }>;
  deployments: Array<{ unit: string | null; personnel: { text: string } }>;
}

describe('an editor imports, completes and publishes a release (real Chromium, real Strapi)', () => {
  let admin: AdminSession;

  beforeAll(async () => {
    admin = await openAdmin();
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('imports the sample text, corrects a proposal, adds a quote, publishes in en and reads it back', async () => {
    const importPage = await new ImportPage(admin.page).open();
    await importPage.analyse(SAMPLE);
    await waitUntil(async () => (await importPage.quotes.count()) === 3 && (await importPage.deployments.count()) === 3, {
      message: '3 proposed quotes and 3 proposed deployments',
    });
    // The sample is the seeded release: the import says so and links to it.
    expect(await importPage.duplicates.getByRole('link').count()).toBe(1);
    // "he added": the speaker of the second quote is marked for checking.
    expect(await importPage.uncertainMarks.count()).toBeGreaterThanOrEqual(2);
    await importPage.setTitle(TITLE);
    await new NewsroomPage(admin.page).screenshot('import-from-text');
    await importPage.save();

    const release = new ReleasePage(admin.page);
    await release.waitForTitle(TITLE);
    await waitUntil(async () => (await release.quotes.count()) === 3 && (await release.deployments.count()) === 3, {
      message: 'the saved draft with 3 quotes and 3 deployments',
    });

    await release.addQuote({
      text: 'KFOR will remain vigilant and impartial.',
      speaker: 'Mircea Geoana',
      role: 'Deputy Secretary General',
    });
    await waitUntil(async () => (await release.quotes.count()) === 4, { message: 'a fourth quote' });
    await release.publish();
    await admin.page.reload();
    await release.waitForTitle(TITLE);
    await new NewsroomPage(admin.page).screenshot('release-view');

    const newsroom = await new NewsroomPage(admin.page).open();
    await admin.page.getByPlaceholder('Search titles, text, quotes, speakers, missions').fill('imported');
    const row = admin.page.getByRole('row', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) });
    await waitUntil(async () => (await row.count()) === 1, { message: 'the imported release in the dashboard' });
    expect(await row.getByText('Published').count()).toBeGreaterThanOrEqual(1);
    await admin.page.getByPlaceholder('Search titles, text, quotes, speakers, missions').fill('');
    await newsroom.screenshot('dashboard');

    const response = await admin.page.request.get('/api/newsroom/releases?locale=en&q=imported');
    expect(response.status()).toBe(200);
    const [published] = ((await response.json()) as { data: PublicRelease[] }).data;
    expect(published!.title).toBe(TITLE);
    expect(published!.quotes).toHaveLength(4);
    // "Geoana" was matched to the existing person "Mircea Geoană", diacritics ignored.
    expect(published!.quotes.map((quote) => quote.speaker?.name)).toEqual(Array(4).fill('Mircea Geoană'));
    expect(published!.deployments.map((deployment) => deployment.personnel.text).sort()).toEqual(
      ['around 500', 'more than 4,000', 'unknown'].sort(),
    );
    expectNoPageErrors(admin.errors);
  });

  it('shows the translation matrix', async () => {
    await admin.page.goto('/admin/plugins/newsroom/translations');
    await admin.page.getByRole('heading', { name: 'Translations' }).first().waitFor({ timeout: 60_000 });
    const newsroom = new NewsroomPage(admin.page);
    await waitUntil(async () => (await admin.page.getByText('Missing').count()) > 0, { message: 'status badges' });
    await newsroom.screenshot('translations');
    expectNoPageErrors(admin.errors);
  });
});
