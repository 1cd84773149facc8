import type { PublicPerson, PublicQuote, PublicRelease } from '../../../shared/contracts/releases';
import type { FormatContext } from './context';
import { blocksToPlainText } from './rich-text';

/** A schema.org node. Values are JSON: strings, numbers, nodes and arrays of them. */
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];
export interface JsonLdNode {
  [key: string]: JsonLdValue | undefined;
}

const organization = (name: string, url: string | null, alternateName?: string | null): JsonLdNode => ({
  '@type': 'Organization',
  name,
  ...(alternateName ? { alternateName } : {}),
  ...(url ? { url } : {}),
});

const person = (speaker: PublicPerson, jobTitle: string | null): JsonLdNode => ({
  '@type': 'Person',
  name: speaker.name,
  ...(jobTitle ? { jobTitle } : {}),
});

const article = (url: string, inLanguage: string): JsonLdNode => ({
  '@type': 'NewsArticle',
  '@id': url,
  url,
  inLanguage,
});

/** A quote as said: by whom, in which role at the time, when. */
const quotation = (quote: PublicQuote, locale: string): JsonLdNode => {
  const speaker = quote.speaker ? person(quote.speaker, quote.speakerRole ?? quote.speaker.position) : null;
  return {
    '@type': 'Quotation',
    text: quote.text,
    inLanguage: locale,
    ...(speaker ? { spokenByCharacter: speaker, creator: speaker } : {}),
    ...(quote.saidAt ? { dateCreated: quote.saidAt } : {}),
  };
};

const uniqueNames = (values: Array<string | null>): string[] => [
  ...new Set(values.filter((value): value is string => !!value)),
];

/** The version this one was translated from: the source locale's, when this is not it and it is published. */
const translationOfWork = (release: PublicRelease, sourceLocale: string | undefined): JsonLdNode | undefined => {
  if (!sourceLocale || sourceLocale === release.locale) return undefined;
  const source = release.localizations.find((localization) => localization.locale === sourceLocale);
  return source ? article(source.url, source.locale) : undefined;
};

/** A published release as a schema.org NewsArticle, quotes as Quotations, translations linked both ways. */
export const toJsonLd = (release: PublicRelease, context: FormatContext): JsonLdNode => {
  const publisher = organization(context.publisher.name, context.publisher.url);
  const places = uniqueNames([release.place, ...release.deployments.map((deployment) => deployment.location)]);
  const missions = uniqueNames(release.deployments.map((deployment) => deployment.mission));
  const source = translationOfWork(release, context.sourceLocale);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': release.url,
    url: release.url,
    mainEntityOfPage: release.url,
    headline: release.title,
    ...(release.summary ? { description: release.summary } : {}),
    articleBody: blocksToPlainText(release.body),
    inLanguage: release.locale,
    datePublished: release.issuedAt,
    dateModified: release.updatedAt,
    ...(release.place ? { dateline: release.place } : {}),
    ...(release.referenceNumber ? { identifier: release.referenceNumber } : {}),
    author: publisher,
    publisher,
    isPartOf: { '@type': 'WebSite', name: context.siteName, url: context.baseUrl },
    ...(places.length > 0 ? { contentLocation: places.map((name) => ({ '@type': 'Place', name })) } : {}),
    ...(missions.length > 0 ? { about: missions.map((name) => ({ '@type': 'Thing', name })) } : {}),
    mentions: [
      ...release.people.map((mentioned) => person(mentioned, mentioned.position)),
      ...release.organisations.map((org) => organization(org.name, org.website, org.shortName)),
    ],
    hasPart: release.quotes.map((quote) => quotation(quote, release.locale)),
    workTranslation: release.localizations.map((localization) => article(localization.url, localization.locale)),
    ...(source ? { translationOfWork: source } : {}),
  };
};
