/** The stored shape of newsroom documents as the Document Service returns them, relations populated. */
import type { DeploymentStatus, PersonnelQualifier } from '../../../shared/domain';
import type { RichText } from '../../../shared/contracts/releases';

export interface OrganisationRow {
  documentId: string;
  name: string;
  shortName?: string | null;
  website?: string | null;
}

export interface PersonRow {
  documentId: string;
  name: string;
  position?: string | null;
}

export interface QuoteRow {
  documentId: string;
  text: string;
  speaker?: PersonRow | null;
  speakerRole?: string | null;
  saidAt?: string | Date | null;
  order?: number | null;
}

export interface DeploymentRow {
  documentId: string;
  mission: string;
  contributingNation?: string | null;
  unit?: string | null;
  personnelCount?: number | null;
  personnelQualifier?: PersonnelQualifier | null;
  deploymentStatus?: DeploymentStatus | null;
  arrivalDate?: string | null;
  location?: string | null;
  durationNote?: string | null;
  mandate?: string | null;
}

export interface ReleaseRow {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary?: string | null;
  body?: RichText | null;
  issuedAt: string | Date;
  place?: string | null;
  referenceNumber?: string | null;
  publishedAt: string | Date;
  updatedAt: string | Date;
  organisations?: OrganisationRow[];
  people?: PersonRow[];
  quotes?: QuoteRow[];
  deployments?: DeploymentRow[];
}
