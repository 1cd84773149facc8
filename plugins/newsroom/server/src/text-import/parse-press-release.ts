import { yearOf } from './dates';
import { readDateline } from './dateline';
import { findDeployments } from './deployments';
import { isBoilerplate, takeHeadline } from './headline';
import { matchKnownPerson } from './known-people';
import { normaliseText, splitParagraphs } from './normalise-text';
import { createNotes } from './notes';
import type { Notes } from './notes';
import { findOrganisations } from './organisations';
import { detectLanguage } from './language';
import type { TextLanguage } from './language';
import { findFrenchPersonMentions } from './people-mentions-fr';
import { findKnownPeople, findPersonMentions } from './people-mentions';
import { createPeopleRegistry } from './people-registry';
import type { PeopleRegistry } from './people-registry';
import { roleWithoutOrganisation } from './person-names';
import { findQuotes } from './quotes';
import { findReleaseDate } from './release-date';
import { splitSentences } from './sentences';
import type { ImportProposal, KnownPerson, ParseOptions, ProposedPerson, ProposedQuote } from './types';

export type {
  AttributionKind,
  ImportNote,
  ImportProposal,
  KnownOrganisation,
  KnownPerson,
  NoteLevel,
  ParseOptions,
  ProposedDeployment,
  ProposedOrganisation,
  ProposedPerson,
  ProposedQuote,
  RecordMatch,
} from './types';

export const MAX_SUMMARY_LENGTH = 300;

/** A summary this long says enough; another sentence is added only to a shorter one. */
const ENOUGH_SUMMARY = 120;

/** The first sentence(s) of the first paragraph, at most MAX_SUMMARY_LENGTH characters. */
const summarise = (paragraph: string | undefined): string | null => {
  if (!paragraph) return null;
  let summary = '';
  for (const { text } of splitSentences(paragraph.slice(0, 4 * MAX_SUMMARY_LENGTH))) {
    if (summary.length >= ENOUGH_SUMMARY || (summary && summary.length + 1 + text.length > MAX_SUMMARY_LENGTH)) break;
    summary = summary ? `${summary} ${text}` : text;
  }
  if (summary.length <= MAX_SUMMARY_LENGTH) return summary || null;
  const cut = summary.slice(0, MAX_SUMMARY_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > MAX_SUMMARY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
};

/** Registers the people the paragraphs introduce, with the roles the text gives them. */
const readPeople = (
  paragraphs: readonly string[],
  known: readonly KnownPerson[],
  registry: PeopleRegistry,
  language: TextLanguage,
): void => {
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const mentions = [
      ...findKnownPeople(paragraph, paragraphIndex, known),
      ...findPersonMentions(paragraph, paragraphIndex),
      ...(language === 'fr' ? findFrenchPersonMentions(paragraph, paragraphIndex) : []),
    ].sort((a, b) => a.index - b.index);
    for (const mention of mentions) {
      registry.offerRole(registry.resolve(mention.name, paragraphIndex).person, mention.role, mention.rank);
    }
  });
};

/**
 * The role a quote is given: the one its attribution states, unless the person's known role says the
 * same more fully ("Minister Rossi said" of the "Italian Defence Minister"); the organisation prefix goes.
 */
const speakerRole = (stated: string | null, known: string | null): string | null => {
  const full = roleWithoutOrganisation(known);
  if (!stated) return full;
  if (full && !/\s/.test(stated.trim())) return full; // "Minister Borg", "General Hecker": a title; the office is known.
  return full && full.toLowerCase().endsWith(stated.toLowerCase()) ? full : stated;
};

const validDate = (value: string | undefined): string | null => (value && yearOf(value) !== null ? value : null);

const parse = (text: string, options: ParseOptions, notes: Notes): ImportProposal => {
  const known = options.knownPeople ?? [];
  const headline = takeHeadline(normaliseText(text).split('\n'));
  for (const line of headline.skipped) notes.info(`Skipped “${line.slice(0, 80)}”: a label, not part of the release.`);
  if (!headline.title) notes.warn(`No title found: ${headline.reason ?? 'no headline'}.`);

  const paragraphs = splitParagraphs(headline.body).filter((paragraph) => !isBoilerplate(paragraph));
  const dateline = paragraphs[0] ? readDateline(paragraphs[0]) : null;
  if (dateline?.rest) paragraphs[0] = dateline.rest;
  else if (dateline) paragraphs.shift();
  if (!dateline?.place) notes.info('No dateline found; place left empty.');
  if (!paragraphs.length) notes.warn('No body text found.');

  const language = detectLanguage(text);
  const issuedAt = findReleaseDate(dateline?.date ?? null, paragraphs, notes);
  const registry = createPeopleRegistry();
  readPeople(paragraphs, known, registry, language);
  const found = findQuotes(paragraphs, registry, notes, language);
  const deployments = findDeployments(paragraphs, issuedAt ?? validDate(options.referenceDate), notes, language);
  const organisations = findOrganisations(
    headline.title ? [headline.title, ...paragraphs] : paragraphs,
    options.knownOrganisations ?? [],
  ).map((organisation) => ({
    ...organisation,
    paragraphIndex: Math.max(0, organisation.paragraphIndex - (headline.title ? 1 : 0)),
  }));

  const records = registry.all();
  const people: ProposedPerson[] = records.map((person) => ({
    name: person.name,
    role: person.role,
    personMatch: matchKnownPerson(person.name, known),
    isSpeaker: person.isSpeaker,
    paragraphIndex: person.paragraphIndex,
  }));
  if (known.length) {
    for (const person of people.filter((p) => p.isSpeaker && !p.personMatch)) {
      notes.info(`${person.name} is not among the known people; a new person would be needed.`, person.paragraphIndex);
    }
  }
  const quotes: ProposedQuote[] = found.map((quote, order) => {
    const person = quote.person ? people[records.indexOf(quote.person)] : undefined;
    return {
      text: quote.text,
      speakerName: quote.person?.name ?? null,
      speakerRole: speakerRole(quote.statedRole, quote.person?.role ?? null),
      personMatch: person?.personMatch ?? null,
      order,
      paragraphIndex: quote.paragraphIndex,
      attribution: quote.attribution,
      uncertain: quote.uncertain,
    };
  });

  return {
    title: headline.title,
    language,
    issuedAt,
    place: dateline?.place ?? null,
    summary: summarise(paragraphs[0]),
    paragraphs,
    quotes,
    deployments,
    people,
    organisations,
    notes: notes.list(),
  };
};

/**
 * A proposed draft of a release from its plain text: title, date, dateline, paragraphs, quotes with
 * their speakers, people, organisations and deployments, with notes on what was not recognised.
 * Pure and synchronous; never throws, whatever the input.
 */
export const parsePressRelease = (text: string, options: ParseOptions = {}): ImportProposal => {
  const notes = createNotes();
  const input = typeof text === 'string' ? text : '';
  try {
    return parse(input, options ?? {}, notes);
  } catch (error) {
    // A parser bug must not cost the editor the text: fall back to the bare paragraphs.
    const message = error instanceof Error ? error.message : String(error);
    notes.warn(`The text could not be fully read (${message}); only its paragraphs are proposed.`);
    return {
      title: null,
      language: detectLanguage(input.slice(0, 20_000)),
      issuedAt: null,
      place: null,
      summary: null,
      paragraphs: splitParagraphs(normaliseText(input).split('\n')),
      quotes: [],
      deployments: [],
      people: [],
      organisations: [],
      notes: notes.list(),
    };
  }
};
