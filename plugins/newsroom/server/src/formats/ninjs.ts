import type { PublicQuote, PublicRelease } from '../../../shared/contracts/releases';
import type { FormatContext } from './context';
import type { NinjsAssociation, NinjsBody, NinjsEntity, NinjsItem } from './ninjs-types';
import { NINJS_SCHEMA_URI } from './ninjs-types';
import { blocksToPlainText, releaseHtml } from './rich-text';

/**
 * The identity of a newsroom object as an RFC 4151 tag URI: `tag:<authority>:<kind>/<documentId>[/<locale>]`.
 * Built from the Strapi documentId (which never changes, unlike the slug and so the page URL) and
 * the locale, so every version of a release in one language keeps one URI, and its translations
 * can be named without loading them.
 */
export const newsroomTagUri = (authority: string, path: string[]): string =>
  `tag:${authority}:${path.map(encodeURIComponent).join('/')}`;

const tagAuthority = (release: PublicRelease, context: FormatContext): string =>
  context.tagAuthority ?? `${new URL(context.baseUrl).hostname},${release.issuedAt.slice(0, 10)}`;

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const bodies = (release: PublicRelease, context: FormatContext): NinjsBody[] => {
  const text = blocksToPlainText(release.body);
  const counts = { charCount: [...text].length, wordCount: countWords(text) };
  return [
    { role: 'main', contentType: 'text/plain', ...counts, value: text },
    { role: 'richtext', contentType: 'text/html', ...counts, value: releaseHtml(release, context) },
  ];
};

/** Everyone named: speakers first-class (`rel: speaker`), the others as mentioned. */
const people = (release: PublicRelease, authority: string): NinjsEntity[] => {
  const speakers = new Set(release.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.documentId] : [])));
  const everyone = new Map(release.people.map((person) => [person.documentId, person]));
  for (const quote of release.quotes) if (quote.speaker) everyone.set(quote.speaker.documentId, quote.speaker);
  return [...everyone.values()].map((person) => ({
    name: person.name,
    rel: speakers.has(person.documentId) ? 'speaker' : 'mentioned',
    uri: newsroomTagUri(authority, ['person', person.documentId]),
  }));
};

/** The short name ("NATO") goes in `literal`: ninjs has no alternate-name property. */
const organisations = (release: PublicRelease): NinjsEntity[] =>
  release.organisations.map((organisation) => ({
    name: organisation.name,
    rel: 'mentioned',
    ...(organisation.website ? { uri: organisation.website } : {}),
    ...(organisation.shortName ? { literal: organisation.shortName } : {}),
  }));

const unique = (values: Array<string | null>): string[] => [
  ...new Set(values.filter((value): value is string => !!value)),
];

/** Where the release was issued (`located`), where its deployments are, and the nations sending them. */
const places = (release: PublicRelease): NinjsEntity[] => {
  const nations = new Map(
    release.deployments.flatMap((deployment) =>
      deployment.contributingNation ? [[deployment.contributingNation.code, deployment.contributingNation.name]] : [],
    ),
  );
  return [
    ...(release.place ? [{ name: release.place, rel: 'located' }] : []),
    ...unique(release.deployments.map((deployment) => deployment.location)).map((name) => ({
      name,
      rel: 'deployment-location',
    })),
    ...[...nations].map(([code, name]) => ({ name, rel: 'contributing-nation', literal: code })),
  ];
};

const subjects = (release: PublicRelease): NinjsEntity[] =>
  unique(release.deployments.map((deployment) => deployment.mission)).map((mission) => ({
    name: mission,
    rel: 'mission',
  }));

const quoteAssociation = (
  quote: PublicQuote,
  index: number,
  release: PublicRelease,
  authority: string,
): NinjsAssociation => {
  const role = quote.speakerRole ?? quote.speaker?.position ?? null;
  const by = [quote.speaker?.name, role].filter(Boolean).join(', ');
  return {
    name: `quote-${index + 1}`,
    rel: 'quote',
    uri: newsroomTagUri(authority, ['quote', quote.documentId, release.locale]),
    type: 'text',
    language: release.locale,
    ...(by ? { by } : {}),
    ...(quote.saidAt ? { contentCreated: quote.saidAt } : {}),
    ...(quote.speaker ? { people: [{ name: quote.speaker.name, rel: 'speaker' }] } : {}),
    bodies: [{ role: 'quote', contentType: 'text/plain', value: quote.text }],
  };
};

/** Each other published locale, by the URI its own ninjs carries and the web page it is read on. */
const translationAssociations = (release: PublicRelease, authority: string): NinjsAssociation[] =>
  release.localizations.map((localization) => ({
    name: `translation-${localization.locale}`,
    rel: 'translation',
    uri: newsroomTagUri(authority, ['release', release.documentId, localization.locale]),
    type: 'text',
    language: localization.locale,
    renditions: [{ name: 'web', href: localization.url, contentType: 'text/html' }],
    altIds: [{ role: 'url', value: localization.url }],
  }));

/** A published release as an IPTC ninjs 3.1 news item. */
export const toNinjs = (release: PublicRelease, context: FormatContext): NinjsItem => {
  const authority = tagAuthority(release, context);
  const item: NinjsItem = {
    uri: newsroomTagUri(authority, ['release', release.documentId, release.locale]),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    pubStatus: 'usable',
    firstCreated: release.issuedAt,
    versionCreated: release.updatedAt,
    language: release.locale,
    copyrightHolder: context.publisher.name,
    by: context.publisher.name,
    ...(release.place ? { located: release.place } : {}),
    headlines: [{ role: 'main', contentType: 'text/plain', value: release.title }],
    ...(release.summary
      ? { descriptions: [{ role: 'summary', contentType: 'text/plain', value: release.summary }] }
      : {}),
    bodies: bodies(release, context),
    people: people(release, authority),
    organisations: organisations(release),
    places: places(release),
    subjects: subjects(release),
    infoSources: [{ name: context.publisher.name, role: 'publisher', uri: context.publisher.url }],
    renditions: [{ name: 'web', href: release.url, contentType: 'text/html', title: release.title }],
    altIds: [
      { role: 'url', value: release.url },
      { role: 'documentId', value: release.documentId },
      ...(release.referenceNumber ? [{ role: 'referenceNumber', value: release.referenceNumber }] : []),
    ],
    associations: [
      ...translationAssociations(release, authority),
      ...release.quotes.map((quote, index) => quoteAssociation(quote, index, release, authority)),
    ],
  };
  return item;
};
