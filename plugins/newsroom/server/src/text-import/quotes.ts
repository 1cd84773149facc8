import type { Notes } from './notes';
import { ROLE_RANK } from './people-registry';
import type { PeopleRegistry, PersonRecord } from './people-registry';
import { roleWithoutOrganisation } from './person-names';
import { findAttribution } from './quote-attribution';
import { findFrenchAttribution } from './quote-attribution-fr';
import type { TextLanguage } from './language';
import type { Attribution } from './quote-attribution';
import { findQuotations, quoteText, wordCount } from './quotations';
import type { AttributionKind } from './types';

/** A quotation that no attribution claims and that is shorter than this is a phrase in quotation marks. */
const MIN_UNATTRIBUTED_WORDS = 4;

export interface FoundQuote {
  /** Values to check first: a speaker taken from "he added", "the Minister said" or the quote before. */
  uncertain: Array<'speakerName' | 'speakerRole'>;
  text: string;
  person: PersonRecord | null;
  /** The role the attribution states ("Deputy Secretary General Geoană said"), else null. */
  statedRole: string | null;
  attribution: AttributionKind;
  paragraphIndex: number;
}

interface Speaker {
  person: PersonRecord | null;
  statedRole: string | null;
  kind: AttributionKind;
  /** Resolved from a pronoun, an office named before ("the Minister said") or the quote before. */
  inferred?: boolean;
}

interface Context {
  registry: PeopleRegistry;
  notes: Notes;
  /** The last speaker named in an attribution, for "he said". */
  lastNamed: PersonRecord | null;
  previousInParagraph: FoundQuote | null;
  paragraphIndex: number;
  /** The quote's number as a reader counts (1, 2, ...), for notes. */
  number: number;
}

/** Between a quote and its continuation: only the attribution, one sentence ("said Admiral Bauer."). */
const ATTRIBUTION_ONLY = /^\s*,?[^.!?“”"«»]{1,100}[.]\s*$/u;

/** "X," said Y. "Z." : the quotation after the attribution carries on the quote before it. */
const continuesQuote = (
  paragraph: string,
  previous: FoundQuote | null,
  previousSide: string | null,
  from: number,
  open: number,
): boolean =>
  previous !== null &&
  previousSide === 'after' &&
  open - from <= 120 &&
  ATTRIBUTION_ONLY.test(paragraph.slice(from, open));

/** The two parts of a quote split by its attribution, as one text: "together," + "Every Ally counts." */
const joinQuote = (first: string, second: string): string =>
  `${/[.!?…]$/u.test(first) ? first : `${first}.`} ${second}`;

/** The person introduced most recently by paragraph `paragraphIndex`, for a pronoun with no speaker before it. */
const lastIntroduced = (registry: PeopleRegistry, paragraphIndex: number): PersonRecord | null =>
  registry
    .all()
    .filter((person) => person.paragraphIndex <= paragraphIndex)
    .reduce<PersonRecord | null>(
      (last, person) => (!last || person.paragraphIndex >= last.paragraphIndex ? person : last),
      null,
    );

const byPronoun = ({ registry, notes, lastNamed, paragraphIndex, number }: Context): Speaker => {
  const person = lastNamed ?? lastIntroduced(registry, paragraphIndex);
  if (lastNamed) {
    notes.info(
      `Quote ${number}: the pronoun is taken to mean ${lastNamed.name}, the last speaker named.`,
      paragraphIndex,
    );
  } else if (person) {
    notes.warn(
      `Quote ${number}: no speaker is named before it; the pronoun is taken to mean ${person.name}, last named.`,
      paragraphIndex,
    );
  } else {
    notes.warn(`Quote ${number} is attributed to a pronoun, but nobody is named before it.`, paragraphIndex);
  }
  return { person, statedRole: null, kind: 'pronoun', inferred: true };
};

const byName = (name: string, role: string | null, { registry, notes, paragraphIndex, number }: Context): Speaker => {
  const { person, ambiguous } = registry.resolve(name, paragraphIndex);
  registry.offerRole(person, role, ROLE_RANK.title);
  if (ambiguous)
    notes.warn(`Quote ${number}: “${name}” could be several people; ${person.name} taken.`, paragraphIndex);
  return { person, statedRole: roleWithoutOrganisation(role), kind: 'explicit' };
};

const byRole = (role: string, { registry, notes, paragraphIndex, number }: Context): Speaker => {
  const person = registry.findByRole(role);
  if (!person) notes.warn(`Quote ${number} is attributed to “${role}”, who is not named.`, paragraphIndex);
  else
    notes.info(
      `Quote ${number}: “${role}” is taken to mean ${person.name}, named earlier with that office.`,
      paragraphIndex,
    );
  // The office as the text first gave it in full: "the Minister" is the "Minister of Defence" named before.
  return {
    person,
    statedRole: person ? null : roleWithoutOrganisation(role),
    kind: 'explicit',
    inferred: person !== null,
  };
};

/** No attribution: the speaker of the quote before it in the same paragraph, if any. */
const byPosition = ({ previousInParagraph, notes, paragraphIndex, number }: Context): Speaker => {
  const person = previousInParagraph?.person ?? null;
  if (person) {
    notes.info(
      `Quote ${number} has no attribution; taken as ${person.name}’s, like the quote before it.`,
      paragraphIndex,
    );
  }
  return { person, statedRole: null, kind: 'none', inferred: person !== null };
};

const resolveSpeaker = (attribution: Attribution | null, context: Context): Speaker => {
  const speaker = attribution?.speaker;
  if (speaker?.pronoun) return byPronoun(context);
  if (speaker?.name) return byName(speaker.name, speaker.role, context);
  if (speaker?.role) return byRole(speaker.role, context);
  return byPosition(context);
};

/**
 * The quotes of a release with their speakers. "he said", "she added", "they" go to the last speaker
 * named; a quotation with no attribution right after another one in the same paragraph is taken as
 * the same speaker's; a quotation that runs on into the next paragraph takes the speaker named there.
 * Surnames resolve to the full names introduced earlier, through `registry`.
 */
export const findQuotes = (
  paragraphs: readonly string[],
  registry: PeopleRegistry,
  notes: Notes,
  language: TextLanguage = 'en',
): FoundQuote[] => {
  const quotes: FoundQuote[] = [];
  let lastNamed: PersonRecord | null = null;
  /** A quotation left open at the end of its paragraph: English opens the next paragraph again and goes on. */
  let openQuote: FoundQuote | null = null;

  paragraphs.forEach((paragraph, paragraphIndex) => {
    let from = 0;
    let previousInParagraph: FoundQuote | null = null;
    let previousSide: string | null = null;
    for (const span of findQuotations(paragraph)) {
      const text = quoteText(span.inner);
      const attribution =
        language === 'fr'
          ? (findFrenchAttribution(paragraph, span, from) ?? findAttribution(paragraph, span, from))
          : findAttribution(paragraph, span, from);
      if (
        text &&
        !attribution &&
        /[.!?…]$/u.test(span.inner) &&
        continuesQuote(paragraph, previousInParagraph, previousSide, from, span.open)
      ) {
        const previous = previousInParagraph as FoundQuote;
        previous.text = joinQuote(previous.text, text);
        from = span.end;
        continue;
      }
      from = span.end;
      previousSide = attribution?.side ?? null;
      if (!text || (!attribution && wordCount(text) < MIN_UNATTRIBUTED_WORDS)) continue;
      const number = quotes.length + 1;
      const continues = !span.closed && /^[“"«]/.test(paragraphs[paragraphIndex + 1] ?? '');
      if (!span.closed && !continues) {
        notes.warn(
          `Quote ${number} has no closing quotation mark; it runs to the end of the paragraph.`,
          paragraphIndex,
        );
      }
      const context = { registry, notes, lastNamed, previousInParagraph, paragraphIndex, number };
      const { person, statedRole, kind, inferred } = resolveSpeaker(attribution, context);
      if (person) {
        person.isSpeaker = true;
        if (kind === 'explicit') lastNamed = person;
      }
      const uncertain: FoundQuote['uncertain'] = inferred ? ['speakerName', 'speakerRole'] : [];
      const quote: FoundQuote = { text, person, statedRole, attribution: kind, paragraphIndex, uncertain };
      const carriedOn = openQuote?.paragraphIndex === paragraphIndex - 1 && span.open === 0;
      if (openQuote && carriedOn && !openQuote.person && person) {
        Object.assign(openQuote, { person, statedRole, attribution: kind });
        notes.info(
          `Quote ${number - 1} goes on in the next paragraph; its speaker is taken from there.`,
          paragraphIndex - 1,
        );
      }
      openQuote = span.closed ? null : quote;
      quotes.push(quote);
      previousInParagraph = quote;
    }
  });

  quotes.forEach((quote, i) => {
    if (!quote.person && quote.attribution === 'none') {
      notes.warn(`Quote ${i + 1} has no identifiable speaker.`, quote.paragraphIndex);
    }
  });
  if (!quotes.length) notes.info('No quotations found.');
  return quotes;
};
