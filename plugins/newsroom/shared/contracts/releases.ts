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

/** Another published locale of the same release (language switchers, hreflang). */
export interface ReleaseLocalization {
  locale: string;
  slug: string;
  /** The release's page on the consuming site (plugin config `site.baseUrl`). */
  url: string;
}

export interface PublicRelease {
  documentId: string;
  locale: string;
  slug: string;
  /** The release's page on the consuming site. */
  url: string;
  title: string;
  summary: string | null;
  body: RichText;
  /** The body as HTML, sanitized with an allow-list: no script, event handler or javascript: URL. */
  bodyHtml: string;
  issuedAt: string;
  place: string | null;
  referenceNumber: string | null;
  publishedAt: string;
  updatedAt: string;
  organisations: PublicOrganisation[];
  people: PublicPerson[];
  quotes: PublicQuote[];
  deployments: PublicDeployment[];
  /** The other locales this release is published in (not this one). */
  localizations: ReleaseLocalization[];
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

/** Present when `fallback=true` let the default locale stand in for a missing translation. */
export interface FallbackInfo {
  requestedLocale: string;
  fallbackLocale: string;
}

export declare namespace ListReleases {
  interface Request {
    query: {
      /** Default: Accept-Language, then the default locale. */
      locale?: string;
      /** "true": releases not published in `locale` come in the default locale. */
      fallback?: 'true' | 'false';
      page?: string;
      pageSize?: string;
      /** issuedAt:desc (default), issuedAt:asc, title:asc, title:desc */
      sort?: string;
      /** YYYY-MM-DD or an ISO 8601 date-time; inclusive. */
      issuedFrom?: string;
      issuedTo?: string;
      /** documentId or short name (NATO) of an organisation the release involves. */
      organisation?: string;
      /** documentId or name of a person the release names. */
      person?: string;
      /** A mission the release reports a deployment of (KFOR). */
      mission?: string;
      /** ISO 3166-1 code of a contributing nation the release reports. */
      nation?: string;
      /** Words in the title or summary. */
      q?: string;
    };
  }
  interface Response {
    data: PublicRelease[];
    meta: { locale: string; pagination: Pagination; fallback?: FallbackInfo };
  }
}

export declare namespace GetRelease {
  interface Request {
    params: { slug: string };
    query: { locale?: string; fallback?: 'true' | 'false' };
  }
  interface Response {
    data: PublicRelease;
    /** `locale` is the locale served; `fallback` says when it is not the one asked for. */
    meta: { locale: string; fallback?: FallbackInfo };
  }
}
