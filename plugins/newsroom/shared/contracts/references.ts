import type { PublicDeployment, PublicQuote, Pagination } from './releases';

/** A published release as other resources point to it. */
export interface ReleaseReference {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  url: string;
  issuedAt: string;
}

export interface QuoteWithReleases extends PublicQuote {
  /** The release(s) the quote appears in, published in the same locale. */
  releases: ReleaseReference[];
}

export interface DeploymentWithReleases extends PublicDeployment {
  /** The releases that report this deployment, published in the same locale, newest first. */
  releases: ReleaseReference[];
}

export declare namespace ListQuotes {
  interface Request {
    query: { locale?: string; speaker?: string; page?: string; pageSize?: string };
  }
  interface Response {
    data: QuoteWithReleases[];
    meta: { locale: string; pagination: Pagination };
  }
}

export declare namespace ListDeployments {
  interface Request {
    query: { locale?: string; mission?: string; nation?: string; status?: string; page?: string; pageSize?: string };
  }
  interface Response {
    data: DeploymentWithReleases[];
    meta: { locale: string; pagination: Pagination };
  }
}
