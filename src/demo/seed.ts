import type { Core } from '@strapi/strapi';

import { DEPLOYMENTS, ORGANISATIONS, PEOPLE, QUOTES, RELEASE, type Localized } from './kfor-release';

const UID = {
  release: 'plugin::newsroom.release',
  quote: 'plugin::newsroom.quote',
  deployment: 'plugin::newsroom.deployment',
  person: 'plugin::newsroom.person',
  organisation: 'plugin::newsroom.organisation',
} as const;
type Uid = (typeof UID)[keyof typeof UID];

const LOCALES = ['en', 'fr'] as const;
type DemoLocale = (typeof LOCALES)[number];

export interface SeedReport {
  created: boolean;
  releaseDocumentId: string;
}

const paragraphsToBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/**
 * Loads the KFOR release of 13 June 2023 with everything it names, published in English and
 * French, in one transaction. Idempotent: when the release is there it changes nothing;
 * organisations and people that already exist (same English name) are reused.
 */
export const seedDemo = async (strapi: Core.Strapi): Promise<SeedReport> => {
  const documents = (uid: Uid) => strapi.documents(uid);

  const existing = await strapi.db.query(UID.release).findOne({
    where: { locale: 'en', title: RELEASE.title.en },
    select: ['documentId'],
  });
  if (existing) return { created: false, releaseDocumentId: existing.documentId as string };

  /** Creates a document published in `en`, then adds and publishes its `fr` version. */
  const createInBothLocales = async (
    uid: Uid,
    shared: Record<string, unknown>,
    localized: (locale: DemoLocale) => Record<string, unknown>,
  ): Promise<string> => {
    const created = await documents(uid).create({
      locale: 'en',
      status: 'published',
      data: { ...shared, ...localized('en') },
    } as never);
    const documentId = (created as { documentId: string }).documentId;
    await documents(uid).update({ documentId, locale: 'fr', status: 'published', data: localized('fr') } as never);
    return documentId;
  };

  const findOrCreate = async (
    uid: Uid,
    where: Record<string, unknown>,
    shared: Record<string, unknown>,
    localized: (locale: DemoLocale) => Record<string, unknown>,
  ): Promise<string> => {
    const found = await strapi.db.query(uid).findOne({ where: { locale: 'en', ...where }, select: ['documentId'] });
    return found ? (found.documentId as string) : createInBothLocales(uid, shared, localized);
  };

  const pick = <T>(value: Localized<T>, locale: DemoLocale): T => value[locale];

  return strapi.db.transaction(async () => {
    const organisations = new Map<string, string>();
    for (const organisation of ORGANISATIONS) {
      organisations.set(
        organisation.key,
        await findOrCreate(UID.organisation, { name: organisation.name.en }, { website: organisation.website }, (locale) => ({
          name: pick(organisation.name, locale),
          shortName: pick(organisation.shortName, locale),
        })),
      );
    }

    const people = new Map<string, string>();
    for (const person of PEOPLE) {
      const organisation = organisations.get(person.organisation);
      people.set(
        person.key,
        await findOrCreate(UID.person, { name: person.name.en }, {}, (locale) => ({
          name: pick(person.name, locale),
          position: pick(person.position, locale),
          organisation,
        })),
      );
    }

    const deployments: string[] = [];
    for (const deployment of DEPLOYMENTS) {
      const { mission, contributingNation, personnelCount, personnelQualifier, deploymentStatus, arrivalDate } = deployment;
      deployments.push(
        await createInBothLocales(
          UID.deployment,
          { mission, contributingNation, personnelCount, personnelQualifier, deploymentStatus, arrivalDate },
          (locale) => ({
            unit: pick(deployment.unit, locale),
            location: pick(deployment.location, locale),
            durationNote: pick(deployment.durationNote, locale),
            mandate: pick(deployment.mandate, locale),
          }),
        ),
      );
    }

    const quotes: string[] = [];
    for (const quote of QUOTES) {
      const speaker = people.get(quote.speaker);
      quotes.push(
        await createInBothLocales(UID.quote, { saidAt: quote.saidAt, order: quote.order }, (locale) => ({
          text: pick(quote.text, locale),
          speakerRole: pick(quote.speakerRole, locale),
          speaker,
        })),
      );
    }

    const releaseDocumentId = await createInBothLocales(
      UID.release,
      { issuedAt: RELEASE.issuedAt, referenceNumber: RELEASE.referenceNumber },
      (locale) => ({
        title: pick(RELEASE.title, locale),
        summary: pick(RELEASE.summary, locale),
        place: pick(RELEASE.place, locale),
        body: paragraphsToBlocks(pick(RELEASE.paragraphs, locale)),
        organisations: RELEASE.organisations.map((key) => organisations.get(key)),
        people: RELEASE.people.map((key) => people.get(key)),
        quotes,
        deployments,
      }),
    );
    strapi.log.info(`[newsroom demo] loaded "${RELEASE.title.en}" in ${LOCALES.join(', ')}`);
    return { created: true, releaseDocumentId };
  });
};
