import type { DeploymentStatus, PersonnelQualifier } from '../../../shared/domain';

/** A record the caller already has, to be recognised in the text. */
export interface KnownPerson {
  documentId: string;
  name: string;
}

export interface KnownOrganisation {
  documentId: string;
  name: string;
  shortName?: string | null;
}

export interface ParseOptions {
  knownPeople?: KnownPerson[];
  knownOrganisations?: KnownOrganisation[];
  /**
   * YYYY-MM-DD, used when the text has no release date of its own: completes dates written without
   * a year and decides whether an arrival is past ("deployed") or future ("deploying"). It never
   * becomes `issuedAt`, which is only what the text says.
   */
  referenceDate?: string;
}

export interface RecordMatch {
  documentId: string;
  name: string;
}

export type AttributionKind = 'explicit' | 'pronoun' | 'none';

export interface ProposedQuote {
  /** The exact words, without the quotation marks and without a comma that belongs to the attribution. */
  text: string;
  speakerName: string | null;
  /** The role as the attribution states it ("Deputy Secretary General"), else the speaker's known role. */
  speakerRole: string | null;
  personMatch: RecordMatch | null;
  order: number;
  paragraphIndex: number;
  attribution: AttributionKind;
  /** Values the import is unsure of, for the editor to check first (a speaker resolved by "he added"). */
  uncertain: Array<'speakerName' | 'speakerRole'>;
}

export interface ProposedDeployment {
  mission: string | null;
  /** ISO 3166-1 alpha-2. */
  contributingNation: string | null;
  unit: string | null;
  personnelCount: number | null;
  personnelQualifier: PersonnelQualifier;
  deploymentStatus: DeploymentStatus;
  /** YYYY-MM-DD. */
  arrivalDate: string | null;
  location: string | null;
  durationNote: string | null;
  mandate: string | null;
  /** The sentence(s) it came from, in text order. */
  sourceText: string;
  /** Paragraph of the first sentence it came from. */
  paragraphIndex: number;
  /** Values the import is unsure of, for the editor to check first (a nation inferred from further away). */
  uncertain: Array<'contributingNation' | 'unit' | 'deploymentStatus' | 'mission' | 'location'>;
}

export interface ProposedPerson {
  /** As the text spells it, honorifics removed ("Miroslav Lajcak"). */
  name: string;
  /** The fullest role the text gives, organisation prefix kept ("NATO Deputy Secretary General"). */
  role: string | null;
  personMatch: RecordMatch | null;
  /** True when at least one quote is attributed to this person. */
  isSpeaker: boolean;
  /** First paragraph that names this person. */
  paragraphIndex: number;
}

export interface ProposedOrganisation {
  /** The full name when the text, the caller or a built-in list of common ones gives it, else the acronym. */
  name: string;
  shortName: string | null;
  /** Mentions in the title and the paragraphs. */
  mentions: number;
  organisationMatch: RecordMatch | null;
  /** First paragraph that names it; 0 also when only the title does. */
  paragraphIndex: number;
}

export type NoteLevel = 'info' | 'warning';

export interface ImportNote {
  level: NoteLevel;
  message: string;
  paragraphIndex?: number;
}

export interface ImportProposal {
  title: string | null;
  /** The language the text is written in: the draft is created in that locale. */
  language: 'en' | 'fr';
  /** YYYY-MM-DD. */
  issuedAt: string | null;
  place: string | null;
  summary: string | null;
  paragraphs: string[];
  quotes: ProposedQuote[];
  deployments: ProposedDeployment[];
  people: ProposedPerson[];
  organisations: ProposedOrganisation[];
  notes: ImportNote[];
}
