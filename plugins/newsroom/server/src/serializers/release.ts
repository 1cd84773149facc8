import type {
  PublicDeployment,
  PublicOrganisation,
  PublicPerson,
  PublicQuote,
  PublicRelease,
  ReleaseLocalization,
} from '../../../shared/contracts/releases';
import { countryName } from '../countries/country-name';
import { releaseHtml } from '../formats/rich-text';
import { formatPersonnel } from '../personnel/format-personnel';
import type { DeploymentRow, OrganisationRow, PersonRow, QuoteRow, ReleaseRow } from './rows';

const iso = (value: string | Date): string => (value instanceof Date ? value : new Date(value)).toISOString();
const isoOrNull = (value: string | Date | null | undefined): string | null => (value ? iso(value) : null);

export const serializeOrganisation = (row: OrganisationRow): PublicOrganisation => ({
  documentId: row.documentId,
  name: row.name,
  shortName: row.shortName ?? null,
  website: row.website ?? null,
});

export const serializePerson = (row: PersonRow): PublicPerson => ({
  documentId: row.documentId,
  name: row.name,
  position: row.position ?? null,
});

export const serializeQuote = (row: QuoteRow): PublicQuote => ({
  documentId: row.documentId,
  text: row.text,
  speaker: row.speaker ? serializePerson(row.speaker) : null,
  speakerRole: row.speakerRole ?? null,
  saidAt: isoOrNull(row.saidAt),
  order: row.order ?? 0,
});

export const serializeDeployment = (row: DeploymentRow, locale: string): PublicDeployment => {
  const nation = countryName(row.contributingNation, locale);
  const qualifier = row.personnelQualifier ?? 'exact';
  const count = row.personnelCount ?? null;
  return {
    documentId: row.documentId,
    mission: row.mission,
    contributingNation: nation && row.contributingNation ? { code: row.contributingNation, name: nation } : null,
    unit: row.unit ?? null,
    personnel: { count, qualifier, text: formatPersonnel(count, qualifier, locale) },
    deploymentStatus: row.deploymentStatus ?? 'announced',
    arrivalDate: row.arrivalDate ?? null,
    location: row.location ?? null,
    durationNote: row.durationNote ?? null,
    mandate: row.mandate ?? null,
  };
};

const byOrderThenId = (a: QuoteRow, b: QuoteRow): number =>
  (a.order ?? 0) - (b.order ?? 0) || a.documentId.localeCompare(b.documentId);

export interface ReleaseLinks {
  url: string;
  localizations: ReleaseLocalization[];
}

/** A published release in one locale, as consuming apps read it. */
export const serializeRelease = (row: ReleaseRow, links: ReleaseLinks): PublicRelease => ({
  documentId: row.documentId,
  locale: row.locale,
  slug: row.slug,
  url: links.url,
  title: row.title,
  summary: row.summary ?? null,
  body: row.body ?? [],
  bodyHtml: releaseHtml({ body: row.body ?? [] }),
  issuedAt: iso(row.issuedAt),
  place: row.place ?? null,
  referenceNumber: row.referenceNumber ?? null,
  publishedAt: iso(row.publishedAt),
  updatedAt: iso(row.updatedAt),
  organisations: (row.organisations ?? []).map(serializeOrganisation),
  people: (row.people ?? []).map(serializePerson),
  quotes: [...(row.quotes ?? [])].sort(byOrderThenId).map(serializeQuote),
  deployments: (row.deployments ?? []).map((deployment) => serializeDeployment(deployment, row.locale)),
  localizations: links.localizations,
});
