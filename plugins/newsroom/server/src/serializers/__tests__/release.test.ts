import { serializeRelease } from '../release';
import type { ReleaseRow } from '../rows';

const row: ReleaseRow = {
  documentId: 'rel1',
  locale: 'fr',
  slug: 'otan-ue',
  title: 'L’OTAN et l’UE',
  issuedAt: '2023-06-13T12:00:00.000Z',
  publishedAt: new Date('2023-06-13T12:05:00.000Z'),
  updatedAt: '2023-06-13T12:05:00.000Z',
  quotes: [
    { documentId: 'q2', text: 'deux', order: 1, speaker: { documentId: 'p1', name: 'Mircea Geoană' } },
    { documentId: 'q1', text: 'un', order: 0, speaker: null },
  ],
  deployments: [
    {
      documentId: 'd1',
      mission: 'KFOR',
      contributingNation: 'TR',
      personnelCount: 500,
      personnelQualifier: 'approximately',
      deploymentStatus: 'deployed',
      arrivalDate: '2023-06-05',
    },
    { documentId: 'd2', mission: 'KFOR', personnelQualifier: 'unknown', deploymentStatus: 'on_alert' },
  ],
};

describe('serializeRelease', () => {
  const release = serializeRelease(row, {
    url: 'https://site.example/fr/releases/otan-ue',
    localizations: [{ locale: 'en', slug: 'nato-eu', url: 'https://site.example/en/releases/nato-eu' }],
  });

  it('orders quotes by their position', () => {
    expect(release.quotes.map((quote) => quote.text)).toEqual(['un', 'deux']);
    expect(release.quotes[1]!.speaker).toEqual({ documentId: 'p1', name: 'Mircea Geoană', position: null });
  });

  it('renders personnel and nation in the release locale', () => {
    expect(release.deployments[0]!.personnel).toEqual({ count: 500, qualifier: 'approximately', text: 'environ 500' });
    expect(release.deployments[0]!.contributingNation).toEqual({ code: 'TR', name: 'Turquie' });
    expect(release.deployments[1]!.personnel.text).toBe('inconnu');
    expect(release.deployments[1]!.contributingNation).toBeNull();
  });

  it('carries its own URL and its other locales', () => {
    expect(release.url).toBe('https://site.example/fr/releases/otan-ue');
    expect(release.localizations.map((l) => l.locale)).toEqual(['en']);
  });

  it('writes dates as ISO 8601 and fills absent optional fields with null', () => {
    expect(release.publishedAt).toBe('2023-06-13T12:05:00.000Z');
    expect(release.summary).toBeNull();
    expect(release.body).toEqual([]);
    expect(release.bodyHtml).toBe('');
  });
});
