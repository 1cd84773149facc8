/**
 * A PublicRelease built from the demo NATO release of 13 June 2023 (src/demo/kfor-release.ts), as the
 * public API would serve it in one locale with the other one as a localization.
 */
import { DEPLOYMENTS, ORGANISATIONS, PEOPLE, QUOTES, RELEASE } from '../../../../../../src/demo/kfor-release';
import type { PublicRelease } from '../../../../shared/contracts/releases';
import type { FeedContext, FormatContext } from '../context';

type Locale = 'en' | 'fr';

export const SITE = 'https://newsroom.example.org';
const SLUGS: Record<Locale, string> = {
  en: 'nato-and-eu-together-for-stability-in-kosovo',
  fr: 'l-otan-et-l-ue-ensemble-pour-la-stabilite-au-kosovo',
};
export const releaseUrl = (locale: Locale): string => `${SITE}/${locale}/releases/${SLUGS[locale]}`;

export const CONTEXT: FormatContext = {
  publisher: { name: 'NATO', url: 'https://www.nato.int' },
  siteName: 'NATO Newsroom',
  baseUrl: SITE,
  sourceLocale: 'en',
};

export const feedContext = (locale: string, overrides: Partial<FeedContext> = {}): FeedContext => ({
  ...CONTEXT,
  locale,
  title: `NATO press releases (${locale})`,
  description: 'Press releases',
  feedUrl: {
    rss: `${SITE}/${locale}/releases/feed.xml`,
    atom: `${SITE}/${locale}/releases/atom.xml`,
    json: `${SITE}/${locale}/releases/feed.json`,
  },
  ...overrides,
});

export const buildKforRelease = (locale: Locale = 'en', overrides: Partial<PublicRelease> = {}): PublicRelease => {
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  const person = (key: string) => {
    const found = PEOPLE.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no person ${key} in the demo release`);
    return { documentId: `person-${key}`, name: found.name[locale], position: found.position[locale] };
  };
  return {
    documentId: 'kfor2023release0613',
    locale,
    slug: SLUGS[locale],
    url: releaseUrl(locale),
    title: RELEASE.title[locale],
    summary: RELEASE.summary[locale],
    body: RELEASE.paragraphs[locale].map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    issuedAt: RELEASE.issuedAt,
    place: RELEASE.place[locale],
    referenceNumber: RELEASE.referenceNumber,
    publishedAt: '2023-06-13T12:05:00.000Z',
    updatedAt: '2023-06-13T12:30:00.000Z',
    organisations: ORGANISATIONS.map((organisation) => ({
      documentId: `organisation-${organisation.key}`,
      name: organisation.name[locale],
      shortName: organisation.shortName[locale],
      website: organisation.website,
    })),
    people: RELEASE.people.map(person),
    quotes: QUOTES.map((quote, index) => ({
      documentId: `quote-${index + 1}`,
      text: quote.text[locale],
      speaker: person(quote.speaker),
      speakerRole: quote.speakerRole[locale],
      saidAt: quote.saidAt,
      order: quote.order,
    })),
    deployments: DEPLOYMENTS.map((deployment) => ({
      documentId: `deployment-${deployment.key}`,
      mission: deployment.mission,
      contributingNation: deployment.contributingNation
        ? { code: deployment.contributingNation, name: locale === 'en' ? 'Türkiye' : 'Turquie' }
        : null,
      unit: deployment.unit[locale],
      personnel: { count: deployment.personnelCount, qualifier: deployment.personnelQualifier, text: '' },
      deploymentStatus: deployment.deploymentStatus,
      arrivalDate: deployment.arrivalDate,
      location: deployment.location[locale],
      durationNote: deployment.durationNote[locale],
      mandate: deployment.mandate[locale],
    })),
    localizations: [{ locale: other, slug: SLUGS[other], url: releaseUrl(other) }],
    ...overrides,
  };
};
