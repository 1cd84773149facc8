import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ImportProposal, SaveImport } from '../../plugins/newsroom/shared/contracts/dashboard';
import { seedDemo } from '../../src/demo/seed';
import { RELEASE_UID } from '../helpers/fixtures';
import { ROOT } from '../helpers/database';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

const SAMPLE = readFileSync(path.join(ROOT, 'src', 'demo', 'nato-kfor-2023-06-13.txt'), 'utf8');

const FRENCH =
  'L’OTAN renforce sa présence avancée en Lettonie\n' +
  'Bruxelles, 3 mai 2024 – Une compagnie d’infanterie danoise de 250 soldats est arrivée à Ādaži le 28 avril 2024.\n' +
  '« La présence avancée de l’OTAN est plus forte que jamais », a déclaré le président du Comité militaire ' +
  'de l’OTAN, l’amiral Rob Bauer. « Chaque Allié y contribue », a-t-il ajouté.';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.close();
});

const post = (url: string, body: unknown) =>
  app
    .http()
    .post(url)
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);
const parse = async (text: string, locale?: string) =>
  (await post('/newsroom/import/parse', { text, locale }).expect(200)).body.data as ImportProposal;

describe('importing a text imported before', () => {
  it('warns and names the seeded release that has the same title and date', async () => {
    const seeded = (await app.strapi.db.query(RELEASE_UID).findOne({
      where: { title: 'NATO and EU together for stability in Kosovo and the Western Balkans', locale: 'en' },
    })) as { documentId: string };
    const proposal = await parse(SAMPLE);
    expect(proposal.duplicates).toEqual([
      { documentId: seeded.documentId, locale: 'en', title: 'NATO and EU together for stability in Kosovo and the Western Balkans' },
    ]);
    expect(proposal.notes[0]).toMatchObject({ level: 'warning', code: 'duplicate', params: { locale: 'en' } });
  });

  it('finds nothing for a new text, then finds the draft once it is saved', async () => {
    const first = await parse(FRENCH, 'fr');
    expect(first.duplicates).toEqual([]);
    expect(first.language).toBe('fr');
    const body: SaveImport.Request['body'] = {
      locale: first.language,
      title: first.title ?? '',
      issuedAt: first.issuedAt ?? '',
      place: first.place,
      summary: first.summary,
      paragraphs: first.paragraphs,
      quotes: first.quotes.map((quote) => ({ text: quote.text, speakerName: quote.speakerName ?? '', speakerRole: quote.speakerRole })),
      deployments: first.deployments.map(({ sourceText: _source, uncertain: _uncertain, ...deployment }) => ({
        ...deployment,
        mission: deployment.mission || 'eFP',
      })),
    };
    const saved = (await post('/newsroom/import', body).expect(201)).body.data as { documentId: string; locale: string };
    expect(saved.locale).toBe('fr');
    const again = await parse(FRENCH, 'en');
    expect(again.duplicates).toEqual([{ documentId: saved.documentId, locale: 'fr', title: first.title }]);
  });
});

describe('reading a French release through the API', () => {
  it('says the language, the dateline and the speakers, and marks the pronoun for checking', async () => {
    const proposal = await parse(FRENCH, 'fr');
    expect(proposal).toMatchObject({ language: 'fr', place: 'Bruxelles', issuedAt: '2024-05-03' });
    expect(proposal.quotes.map((q) => [q.speakerName, q.speakerRole, q.uncertain])).toEqual([
      ['Rob Bauer', 'président du Comité militaire de l’OTAN', []],
      ['Rob Bauer', 'président du Comité militaire de l’OTAN', ['speakerName', 'speakerRole']],
    ]);
    expect(proposal.notes.every((note) => typeof note.code === 'string' && note.code !== 'other')).toBe(true);
  });
});
