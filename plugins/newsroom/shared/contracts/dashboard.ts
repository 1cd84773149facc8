/**
 * Admin API of the editors' screens (issue: editors' admin panel). Mounted under /newsroom (admin
 * routes, admin session + newsroom permissions). Server, admin pages and tests share these types.
 */
import type { DeploymentStatus, PersonnelQualifier } from '../domain';
import type { Pagination, RichText } from './releases';

/** Where one locale of a release stands. */
export type PublicationState = 'draft' | 'published' | 'modified' | 'missing';
/** Translation status of a non-source locale (see translations contract); null for the source locale. */
export type TranslationState = 'missing' | 'partial' | 'outdated' | 'current' | null;

export interface DashboardLocale {
  locale: string;
  publication: PublicationState;
  translation: TranslationState;
  title: string | null;
  slug: string | null;
  updatedAt: string | null;
}

export interface DashboardRelease {
  documentId: string;
  sourceLocale: string;
  title: string;
  issuedAt: string | null;
  updatedAt: string | null;
  locales: DashboardLocale[];
}

export interface DashboardCounts {
  releases: number;
  published: number;
  drafts: number;
  modified: number;
  outdatedTranslations: number;
  missingTranslations: number;
}

export declare namespace GetDashboard {
  interface Request {
    query: {
      /** Words in the title (any locale). */
      search?: string;
      /** Publication state in `locale` (or in any locale when no locale is given). */
      status?: PublicationState | 'outdated';
      locale?: string;
      /** YYYY-MM-DD, issued date range, inclusive. */
      from?: string;
      to?: string;
      page?: string;
      pageSize?: string;
    };
  }
  interface Response {
    data: DashboardRelease[];
    meta: { pagination: Pagination; counts: DashboardCounts; locales: string[]; defaultLocale: string };
  }
}

/** A quote as editors compose it (draft version in one locale). */
export interface ComposerQuote {
  documentId: string;
  text: string;
  speaker: { documentId: string; name: string } | null;
  speakerRole: string | null;
  saidAt: string | null;
  order: number;
}

export interface ComposerDeployment {
  documentId: string;
  mission: string;
  contributingNation: string | null;
  /** The nation's name in the locale shown. */
  contributingNationName: string | null;
  unit: string | null;
  personnelCount: number | null;
  personnelQualifier: PersonnelQualifier;
  /** "around 500" / "environ 500". */
  personnelText: string;
  deploymentStatus: DeploymentStatus;
  arrivalDate: string | null;
  location: string | null;
  durationNote: string | null;
  mandate: string | null;
}

export interface ComposerRelease {
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  summary: string | null;
  body: RichText;
  issuedAt: string | null;
  place: string | null;
  quotes: ComposerQuote[];
  deployments: ComposerDeployment[];
  /** Every enabled locale with its publication state. */
  locales: DashboardLocale[];
  /**
   * Opaque; changes whenever the release (any locale, draft or published) or one of its quotes or
   * deployments changes. Send it back as `If-Match: "<version>"` on a write (see ConflictError).
   */
  version: string;
}

/** One thing that changed in a release since the version a write was based on. */
export interface VersionChange {
  part: 'release' | 'quote' | 'deployment';
  /** `removed`: parts of this kind were removed or unlinked (documentId null: they are gone). */
  kind: 'added' | 'changed' | 'removed';
  documentId: string | null;
  locale: string | null;
  status: 'draft' | 'published' | null;
  /** When, ISO 8601, and by whom (an admin's name) when known. */
  at: string | null;
  by: string | null;
}

/**
 * 409 of a composer write sent with `If-Match: "<version>"` when the release changed since that
 * version: nothing was written. Reload (the new version is `currentVersion`) and apply again.
 */
export interface ConflictError {
  data: null;
  error: {
    status: 409;
    name: 'ConflictError';
    message: string;
    details: { currentVersion: string; changes: VersionChange[] };
  };
}

export declare namespace GetComposerRelease {
  interface Request {
    params: { documentId: string };
    query: { locale?: string };
  }
  interface Response {
    data: ComposerRelease;
  }
}

/** Body of creating or updating a quote of a release, in one locale. */
export interface QuoteInput {
  text: string;
  /** documentId of an existing person, or a name to find (ignoring diacritics) or create. */
  speaker: { documentId: string } | { name: string };
  speakerRole?: string | null;
  saidAt?: string | null;
}

export interface DeploymentInput {
  mission: string;
  contributingNation?: string | null;
  unit?: string | null;
  personnelCount?: number | null;
  personnelQualifier?: PersonnelQualifier;
  deploymentStatus?: DeploymentStatus;
  arrivalDate?: string | null;
  location?: string | null;
  durationNote?: string | null;
  mandate?: string | null;
}

/**
 * Routes (all under /newsroom, locale in ?locale=, answers GetComposerRelease.Response — the whole
 * release after the change, with its new `version` — unless said otherwise). Every write below
 * /releases/:documentId accepts `If-Match: "<version>"` (the version the editor loaded): when the
 * release changed since, 409 ConflictError and nothing written; without If-Match, no check.
 *   GET    /releases                                   -> GetDashboard
 *   GET    /releases/:documentId
 *   POST   /releases/:documentId/quotes                 body QuoteInput
 *   PUT    /releases/:documentId/quotes/:quoteId        body Partial<QuoteInput>
 *   DELETE /releases/:documentId/quotes/:quoteId
 *   PUT    /releases/:documentId/quotes-order           body { documentIds: string[] }
 *   POST   /releases/:documentId/deployments            body DeploymentInput
 *   PUT    /releases/:documentId/deployments/:deploymentId  body Partial<DeploymentInput>
 *   DELETE /releases/:documentId/deployments/:deploymentId  (unlinks from the release; deletes it when no release reports it)
 *   POST   /releases/:documentId/publish                (publishes the release with its quotes and deployments in that locale)
 *   POST   /releases/:documentId/unpublish
 *   POST   /import/parse   body { text }         -> ParseImport.Response
 *   POST   /import         body SaveImport.Request['body'] -> { data: { documentId, locale } }
 */
export interface ImportQuoteProposal {
  text: string;
  speakerName: string | null;
  speakerRole: string | null;
  /** An existing person matched by name (diacritics ignored). */
  personMatch: { documentId: string; name: string } | null;
  order: number;
  /** Values the import is unsure of (a speaker taken from "he added" or "the Minister said"): check first. */
  uncertain: Array<'speakerName' | 'speakerRole'>;
}

export interface ImportDeploymentProposal extends DeploymentInput {
  sourceText: string;
  /** Values the import is unsure of (a nation taken from an earlier sentence): check first. */
  uncertain: Array<'contributingNation' | 'unit' | 'deploymentStatus' | 'mission' | 'location'>;
}

/** A note of the import: `code` and `params` for the interface's language, `message` in English. */
export interface ImportNote {
  level: 'info' | 'warning';
  message: string;
  code: string;
  params: Record<string, string>;
}

/** A release already in the newsroom with the same title and date: the text was imported before. */
export interface ImportDuplicate {
  documentId: string;
  locale: string;
  title: string;
}

export interface ImportProposal {
  title: string | null;
  /** The language of the text ("en", "fr"): the draft is created in that locale. */
  language: string;
  issuedAt: string | null;
  place: string | null;
  summary: string | null;
  paragraphs: string[];
  quotes: ImportQuoteProposal[];
  deployments: ImportDeploymentProposal[];
  notes: ImportNote[];
  /** Releases that look like this text imported before; empty when none. */
  duplicates: ImportDuplicate[];
}

export declare namespace ParseImport {
  interface Request {
    body: { text: string; locale?: string };
  }
  interface Response {
    data: ImportProposal;
  }
}

export declare namespace SaveImport {
  interface Request {
    body: {
      locale?: string;
      title: string;
      issuedAt: string;
      place?: string | null;
      summary?: string | null;
      paragraphs: string[];
      quotes: Array<{ text: string; speakerName: string; speakerRole?: string | null; personDocumentId?: string | null }>;
      deployments: DeploymentInput[];
    };
  }
  interface Response {
    data: { documentId: string; locale: string };
  }
}
