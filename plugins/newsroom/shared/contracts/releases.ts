/**
 * The public content API of the newsroom: `GET /api/newsroom/releases` and
 * `GET /api/newsroom/releases/:slug`. Server, admin and tests share these types.
 */
import type { DeploymentStatus, PersonnelQualifier } from '../domain';

/** Strapi "blocks" rich text, as stored. */
export type RichText = Array<Record<string, unknown>>;

export interface PublicOrganisation {
  documentId: string;
  name: string;
  shortName: string | null;
  website: string | null;
}

export interface PublicPerson {
  documentId: string;
  name: string;
  position: string | null;
}

export interface PublicQuote {
  documentId: string;
  text: string;
  speaker: PublicPerson | null;
  /** The speaker's role when the words were said. */
  speakerRole: string | null;
  saidAt: string | null;
  order: number;
}

export interface PublicDeployment {
  documentId: string;
  mission: string;
  /** ISO 3166-1 alpha-2 code and its name in the response's locale. */
  contributingNation: { code: string; name: string } | null;
  unit: string | null;
  personnel: {
    count: number | null;
    qualifier: PersonnelQualifier;
    /** As a reader of this locale says it: "around 500", "environ 500". */
    text: string;
  };
  deploymentStatus: DeploymentStatus;
  arrivalDate: string | null;
  location: string | null;
  durationNote: string | null;
  mandate: string | null;
}

export interface PublicRelease {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string | null;
  body: RichText;
  issuedAt: string;
  place: string | null;
  referenceNumber: string | null;
  publishedAt: string;
  updatedAt: string;
  organisations: PublicOrganisation[];
  people: PublicPerson[];
  quotes: PublicQuote[];
  deployments: PublicDeployment[];
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** Every error body: Strapi's own shape. */
export interface ErrorResponse {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details: Record<string, unknown>;
  };
}

export declare namespace ListReleases {
  interface Request {
    query: { locale?: string; page?: string; pageSize?: string };
  }
  interface Response {
    data: PublicRelease[];
    meta: { locale: string; pagination: Pagination };
  }
}

export declare namespace GetRelease {
  interface Request {
    params: { slug: string };
    query: { locale?: string };
  }
  interface Response {
    data: PublicRelease;
    meta: { locale: string };
  }
}
