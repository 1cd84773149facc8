import type { DeploymentStatus, PersonnelQualifier } from '../../../shared/domain';
import { findDates } from './dates';
import {
  ANNOUNCES_NEW,
  durationIn,
  LINK_NOUNS,
  PERSONNEL_NOUN,
  qualifierBefore,
  statusIn,
  UNIT_NOUN,
} from './deployment-phrases';
import { findMissions } from './missions';
import { findNations } from './nations';
import { findNumbers } from './numbers';
import { findForcePhrases } from './force-phrases';
import type { ForcePhrase } from './force-phrases';
import type { TextLanguage } from './language';
import { countryCode, demonymCode, frenchCountryCode, isCountryAcronym } from './nations-fr';
import { frenchStatusIn } from './phrases-fr';
import { findUnit, titleCase } from './units';
import type { FoundUnit } from './units';

/** What one sentence says about one deployment. */
export interface DeploymentMention {
  paragraphIndex: number;
  sentence: string;
  personnelCount: number | null;
  personnelQualifier: PersonnelQualifier;
  nation: string | null;
  unit: FoundUnit | null;
  /** Status the sentence states; null when it states none. */
  status: DeploymentStatus | null;
  arrivalDate: string | null;
  location: string | null;
  durationNote: string | null;
  mission: string | null;
  /** "An additional battalion": never merged into an earlier deployment. */
  isNew: boolean;
  /** "reinforcements", "contingent": nouns that tie sentences about one group together. */
  links: string[];
  /** How the sentence showed a deployment: a figure, a unit, or a group noun with a status. */
  kind: 'figure' | 'unit' | 'group';
  /** "a battalion", "500 soldiers": a force of its own, not one named before. */
  introduces?: boolean;
  /** "the battalion", "le détachement": only more about a force named before. */
  reference?: boolean;
  /** Head noun of the unit ("company"), to tie "the company" to it. */
  head?: string | null;
  /** The unit has an owner named in it ("battalion of NATO reserve forces"): its nation is not to be guessed. */
  owned?: boolean;
  /** The status came from an earlier sentence ("will deploy ..." then "The force will include ..."). */
  statusInherited?: boolean;
  /** The sentence names several forces and one place: the place may be another force's. */
  placeShared?: boolean;
  /** Where the nation came from: the phrase itself, or the sentence (a sender, a list label). */
  nationFrom?: 'phrase' | 'sentence' | 'context' | null;
}

/** Sentences longer than this are not read for deployments (a pasted table, not prose). */
const MAX_SENTENCE = 2000;

/** A figure, then at most five words, then a personnel noun; or "4,000-strong". */
const AFTER_FIGURE = new RegExp(
  `^(?:-strong\\b|((?:\\s+(?:\\d{1,3}(?:,\\d{3})+|[\\p{L}\\d’'-]+)){0,5}?)\\s+(?:${PERSONNEL_NOUN})\\b)`,
  'iu',
);
const UNIT_WORD = new RegExp(`\\b(?:${UNIT_NOUN})\\b`, 'i');
/** Sentences without one of these say nothing about a deployment. */
const ANY_TROOPS = new RegExp(`\\b(?:${PERSONNEL_NOUN}|forces?)\\b|\\d-strong\\b`, 'i');
/** A group noun that can carry a deployment without a figure or a unit: "NATO reinforcements arrived". */
const GROUP_WORD = new RegExp(`\\b(?:${PERSONNEL_NOUN}|forces)\\b`, 'i');
const DETERMINERS = /(?:^|\s)(?:of|the|these|those|his|her|their|its|our|whom|which)(?:\s|$)/i;
const COMPASS = '(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west)(?:ern)?\\s+)?';
const LOCATION_LEAD = new RegExp(`\\b(?:in|to|into|across|throughout|within)\\s+(?:the\\s+)?(${COMPASS})$`, 'i');

const locationIn = (sentence: string): string | null => {
  for (const nation of findNations(sentence)) {
    if (nation.kind !== 'country' || nation.possessive) continue;
    const lead = LOCATION_LEAD.exec(sentence.slice(Math.max(0, nation.index - 40), nation.index));
    if (lead) return `${(lead[1] ?? '').toLowerCase()}${nation.text}`;
  }
  return null;
};

/** The contributing nation: an adjective ("Turkish"), a possessive ("Türkiye’s") or "from Türkiye". */
const nationIn = (text: string): string | null => {
  for (const nation of findNations(text)) {
    if (nation.kind === 'demonym' || nation.possessive || isCountryAcronym(nation.text)) return nation.code;
    if (/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, nation.index - 12), nation.index))) return nation.code;
  }
  return null;
};

const SENDS =
  /^\s+(?:\p{Ll}+\s+){0,2}?(?:send|sent|sends|sending|deploy(?:s|ed|ing)?|contribut\p{Ll}*|provid\p{Ll}*)\b/u;

/** A country as the subject of sending: "Germany will send ...", "Poland has deployed ...". */
const senderIn = (sentence: string): string | null =>
  findNations(sentence).find(
    (nation) =>
      nation.kind === 'country' && !nation.possessive && SENDS.test(sentence.slice(nation.end, nation.end + 40)),
  )?.code ?? null;

const arrivalIn = (sentence: string, status: DeploymentStatus | null, referenceYear: number | null): string | null => {
  if (status === 'on_alert' || !/(?:arriv|deploy|déploy|rejoin|reinforc|since|land)/i.test(sentence)) return null;
  return findDates(sentence, referenceYear)[0]?.iso ?? null;
};

const linksIn = (sentence: string): string[] =>
  [...sentence.matchAll(LINK_NOUNS)].map((m) => (m[1] ?? '').toLowerCase());

interface SentenceFacts {
  status: DeploymentStatus | null;
  arrivalDate: string | null;
  location: string | null;
  durationNote: string | null;
  mission: string | null;
  links: string[];
}

/** The figures of personnel in a sentence: "well over 4,000 troops", "Around 500 Turkish service members". */
const figureMentions = (
  sentence: string,
  facts: SentenceFacts,
  paragraphIndex: number,
): Array<DeploymentMention & { at: number }> => {
  const dates = findDates(sentence);
  const inDate = (index: number): boolean => dates.some((date) => index >= date.index && index < date.end);
  const mentions: Array<DeploymentMention & { at: number }> = [];
  for (const figure of findNumbers(sentence)) {
    if (inDate(figure.index) || figure.value < 1 || figure.value > 1_000_000) continue;
    const after = AFTER_FIGURE.exec(sentence.slice(figure.end, figure.end + 120));
    const between = after?.[1] ?? '';
    if (!after || DETERMINERS.test(between)) continue;
    const before = sentence.slice(Math.max(0, figure.index - 40), figure.index);
    const clause = sentence.slice(figure.index).split(/;|,\s/)[0] ?? '';
    mentions.push({
      ...facts,
      at: figure.index,
      paragraphIndex,
      sentence,
      personnelCount: figure.value,
      personnelQualifier: qualifierBefore(before),
      nation: nationIn(between) ?? nationIn(clause) ?? senderIn(sentence),
      unit: null,
      isNew: ANNOUNCES_NEW.test(before),
      kind: 'figure',
    });
  }
  const unit = mentions.length === 1 ? findUnit(sentence) : null;
  if (mentions[0] && unit) mentions[0].unit = unit;
  return mentions;
};

/** "- Germany: a training company ...": the label of a list item names the nation. */
const LIST_LABEL = /^\s*(?:[-–•*]\s*)?(\p{Lu}[\p{L}’' -]{1,40}?)\s*:\s/u;
const ARMED_SERVICE =
  /^\s+(?:Army|Navy|Air Force|armed forces|Armed Forces|Marine Corps)\s+(?:\p{Ll}+\s+){0,2}?(?:send|sent|sends|deploy|deploys|deployed|will)\b/u;
const FRENCH_SENDER =
  /(?:^|\s)(?:La|Le|Les|L[’'])\s*(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(?:(?:a|ont|va|vont)\s+)?(?:déploi\p{L}*|déploy\p{L}*|envoi\p{L}*|envoy\p{L}*|enverr\p{L}*|renforc\p{L}*|contribu\p{L}*|fourni\p{L}*)/u;

/** The nation a whole sentence speaks for: its list label, its sender, "The British Army will send". */
const sentenceNation = (sentence: string, language: TextLanguage): string | null => {
  const label = LIST_LABEL.exec(sentence)?.[1];
  const labelled = label ? countryCode(label, language) : null;
  if (labelled) return labelled;
  if (language === 'fr') {
    const sender = FRENCH_SENDER.exec(sentence)?.[1];
    return sender ? countryCode(sender, 'fr') : null;
  }
  const sender = senderIn(sentence);
  if (sender) return sender;
  for (const match of sentence.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const code = demonymCode(match[0], 'en');
    if (code && ARMED_SERVICE.test(sentence.slice((match.index ?? 0) + match[0].length))) return code;
  }
  return null;
};

const ENGLISH_PLACE = /(?:^|\s)(?:to|at|in|into)\s+((?:Camp\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})/gu;
const FRENCH_PLACE = [
  /(?:base\s+(?:aérienne|navale)|camp)\s+(?:d[’']|de\s+)\p{Lu}[\p{L}’'-]*/u,
  /(?:^|\s)(?:a|ont)\s+rejoint\s+(\p{Lu}[\p{L}’'-]*)/u,
  /(?:déploy\p{L}*|arrivée?s?|stationnée?s?|envoyée?s?|rejoindra)\s+(?:à|au|en|vers)\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)/u,
  /(?:^|\s)à\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)/u,
];
/** "en Lituanie", "au Mali", "aux Pays-Bas": a country, where a sentence that moves forces sends them. */
const FRENCH_COUNTRY_PLACE = /(?:^|\s)(?:en|au|aux)\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)/gu;
const FRENCH_MOVES = /(?:déploi|déploy|envoi|envoy|enverr|stationn|arriv|rejoin|renforc|transf[ée]r)/iu;
const MOVES = /\b(?:deploy|arriv|station|based|join|send|sent|land|reach|move|relocat|rotat|serv)/i;
// prettier-ignore
const NOT_PLACES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'the', 'this', 'its', 'their', 'a', 'an']);

/** Where the sentence puts its forces: "to Šiauliai Air Base", "at Rukla", "à Ādaži", "a rejoint Cincu". */
const placeIn = (sentence: string, language: TextLanguage): string | null => {
  if (language === 'fr') {
    for (const pattern of FRENCH_PLACE) {
      const match = pattern.exec(sentence);
      if (match) return (match[1] ?? match[0]).trim();
    }
    if (!FRENCH_MOVES.test(sentence)) return null;
    // "la Force intérimaire des Nations unies au Liban": the country inside a mission's name is no place.
    const missions = findMissions(sentence);
    const inMission = (at: number): boolean =>
      missions.some(({ name, index }) => at >= index && at < index + name.length);
    for (const match of sentence.matchAll(FRENCH_COUNTRY_PLACE)) {
      if (inMission(match.index ?? 0)) continue;
      const words = (match[1] ?? '').split(/\s+/);
      const name = [words.join(' '), words[0] ?? ''].find((candidate) => frenchCountryCode(candidate) !== null);
      if (name) return name;
    }
    return null;
  }
  if (!MOVES.test(sentence)) return null;
  for (const match of sentence.matchAll(ENGLISH_PLACE)) {
    const place = (match[1] ?? '').replace(/\s+(?:On|In|At|From|By)$/u, '');
    const first = place.split(/\s+/)[0] ?? '';
    if (NOT_PLACES.has(first.toLowerCase()) || /^\p{Lu}{2,}$/u.test(first) || /['’]s$/u.test(first)) continue;
    return place;
  }
  return null;
};

/** "U.S." and "U.K." as "US  " and "UK  ": the same length, so every index in the sentence stays. */
export const withoutDottedInitials = (sentence: string): string =>
  sentence.replace(/\bU\.([SK])\.(?=$|[\s,;:)])/g, 'U$1  ');

/** The status a sentence states in its language, or null. */
export const statusOf = (sentence: string, language: TextLanguage): DeploymentStatus | null =>
  sentenceStatus(sentence, language);

/** Status in the language of the text; future tense turns a weak "make up" into "deploying". */
const sentenceStatus = (sentence: string, language: TextLanguage): DeploymentStatus | null => {
  if (language === 'fr') return frenchStatusIn(sentence);
  if (/\b(?:could|may|might) (?:follow|be sent|be deployed|join)\b/i.test(sentence)) return 'announced';
  if (/\bcompleted (?:its|their) deployment\b/i.test(sentence)) return 'deployed';
  if (/\bwill be (?:stationed|based)\b|\bwould join\b/i.test(sentence)) return 'deploying';
  // "..., the Minister announced today": the source speaking, unless nothing else gives a status.
  const withoutSource = sentence.replace(/\b(?:has |have |had )?announced\b/gi, '');
  const status = statusIn(withoutSource) ?? (withoutSource === sentence ? null : 'announced');
  if (
    status === 'deployed' &&
    /\bwill\b/i.test(sentence) &&
    !/\b(?:has|have|had) (?:now )?(?:been deployed|arrived)|\barrived\b/i.test(sentence)
  ) {
    return 'deploying';
  }
  return status;
};

/** Spans of text in quotation marks: a unit named in a quote is talk, not a report. */
const quotedSpans = (sentence: string): Array<[number, number]> => {
  const spans: Array<[number, number]> = [];
  for (const match of sentence.matchAll(/[“"«][^”"»]*[”"»]?/g))
    spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  return spans;
};

const TRAINED = /\b(?:trained|training|train|formé|formés|formation)\s+(?:\p{L}+\s+){0,3}$/iu;

const phraseMention = (
  phrase: ForcePhrase,
  sentence: string,
  facts: SentenceFacts,
  base: { paragraphIndex: number; sentence: string },
  sentenceNationCode: string | null,
): DeploymentMention | null => {
  const hasFigure = phrase.personnelCount !== null;
  if (!hasFigure && !phrase.indefinite && !phrase.definite && !(phrase.nation && facts.status)) return null;
  const composition =
    /\b(?:include|includes|including|comprise|comprises|consist|consists|made up of|compos\p{L}*|comprend|comprendra)\b/iu.test(
      sentence,
    );
  if (
    !hasFigure &&
    phrase.indefinite &&
    facts.status === null &&
    phrase.nation === null &&
    sentenceNationCode === null &&
    !composition
  ) {
    return null;
  }
  const unitName = phrase.unit
    ? phrase.numbered
      ? titleCase(phrase.unit)
      : phrase.unit.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    : null;
  const words = phrase.unit?.split(/\s+/).length ?? 0;
  const nation = phrase.nation ?? sentenceNationCode;
  return {
    ...facts,
    ...base,
    personnelCount: phrase.personnelCount,
    personnelQualifier: phrase.personnelQualifier,
    nation,
    nationFrom: phrase.nation ? 'phrase' : sentenceNationCode ? 'sentence' : null,
    unit: unitName ? { name: unitName, rank: phrase.numbered ? 3 : words > 1 ? 2 : 1, index: phrase.index } : null,
    isNew: phrase.isNew,
    kind: hasFigure ? 'figure' : 'unit',
    introduces: !phrase.definite,
    reference: phrase.definite,
    head: phrase.head,
    owned: /\b\p{Lu}{2,}\b/u.test(phrase.unit ?? ''),
  };
};

/**
 * What a sentence says about deployments: one mention per force it names ("a Dutch engineering
 * company of 120", "une frégate italienne avec 180 marins", "Around 500 Turkish service members");
 * figures no force phrase reads ("Some 300 Italian and 200 Spanish soldiers"); else one for a group
 * noun with a status ("NATO reinforcements arrived in Kosovo on 5 June 2023").
 */
export const findDeploymentMentions = (
  sentence: string,
  paragraphIndex: number,
  referenceYear: number | null,
  language: TextLanguage = 'en',
): DeploymentMention[] => {
  if (sentence.length > MAX_SENTENCE) return [];
  const original = sentence;
  sentence = withoutDottedInitials(sentence);
  const phrases = findForcePhrases(sentence, language);
  const hasUnit = UNIT_WORD.test(sentence);
  // Most sentences name no force: read nothing more from them.
  if (!phrases.length && !hasUnit && !ANY_TROOPS.test(sentence)) return [];
  const status = sentenceStatus(sentence, language);
  const facts: SentenceFacts = {
    status,
    arrivalDate: arrivalIn(sentence, status, referenceYear),
    location: placeIn(sentence, language),
    durationNote: language === 'en' ? durationIn(sentence) : null,
    mission: findMissions(sentence)[0]?.name ?? null,
    links: linksIn(sentence),
  };
  const base = { paragraphIndex, sentence: original };
  const quoted = quotedSpans(sentence);
  const inQuote = (index: number): boolean => quoted.some(([from, to]) => index > from && index < to);
  const nation = sentenceNation(sentence, language);
  const placed: Array<{ at: number; mention: DeploymentMention }> = [];
  for (const phrase of phrases) {
    if (inQuote(phrase.index) && phrase.personnelCount === null) continue;
    if (phrase.head === null && TRAINED.test(sentence.slice(Math.max(0, phrase.index - 40), phrase.index))) continue;
    const mention = phraseMention(phrase, sentence, facts, base, nation);
    if (mention) placed.push({ at: phrase.index, mention });
  }
  if (language === 'en') {
    const covered = (index: number): boolean => phrases.some((phrase) => index >= phrase.index && index < phrase.end);
    for (const figure of figureMentions(sentence, facts, paragraphIndex)) {
      if (phrases.some((phrase) => phrase.personnelCount === figure.personnelCount) || covered(figure.at)) continue;
      const { at, ...mention } = figure;
      placed.push({
        at,
        mention: {
          ...mention,
          introduces: true,
          reference: false,
          head: null,
          nationFrom: mention.nation ? 'phrase' : null,
        },
      });
    }
  }
  const placeShared = placed.length > 1 && facts.location !== null;
  if (placed.length)
    return placed
      .sort((a, b) => a.at - b.at)
      .map(({ mention }) => (placeShared ? { ...mention, placeShared } : mention));
  if (status === null || status === 'announced' || !GROUP_WORD.test(sentence)) return [];
  return [
    {
      ...facts,
      ...base,
      personnelCount: null,
      personnelQualifier: 'unknown',
      nation: nationIn(sentence),
      unit: null,
      isNew: false,
      kind: 'group',
      nationFrom: null,
    },
  ];
};
