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
import { findUnit } from './units';
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
    if (nation.kind === 'demonym' || nation.possessive) return nation.code;
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
  if (status === 'on_alert' || !/\b(?:arriv|deploy|reinforc|since|land)/i.test(sentence)) return null;
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
const figureMentions = (sentence: string, facts: SentenceFacts, paragraphIndex: number): DeploymentMention[] => {
  const dates = findDates(sentence);
  const inDate = (index: number): boolean => dates.some((date) => index >= date.index && index < date.end);
  const mentions: DeploymentMention[] = [];
  for (const figure of findNumbers(sentence)) {
    if (inDate(figure.index) || figure.value < 1 || figure.value > 1_000_000) continue;
    const after = AFTER_FIGURE.exec(sentence.slice(figure.end, figure.end + 120));
    const between = after?.[1] ?? '';
    if (!after || DETERMINERS.test(between)) continue;
    const before = sentence.slice(Math.max(0, figure.index - 40), figure.index);
    const clause = sentence.slice(figure.index).split(/;|,\s/)[0] ?? '';
    mentions.push({
      ...facts,
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

/**
 * What a sentence says about deployments: one mention per personnel figure; else one for a unit
 * with a status or a nation ("The Turkish Battalion will be deployed"); else one for a group noun
 * with a status ("NATO reinforcements arrived in Kosovo on 5 June 2023").
 */
export const findDeploymentMentions = (
  sentence: string,
  paragraphIndex: number,
  referenceYear: number | null,
): DeploymentMention[] => {
  if (sentence.length > MAX_SENTENCE) return [];
  const hasUnit = UNIT_WORD.test(sentence);
  if (!hasUnit && !ANY_TROOPS.test(sentence)) return [];
  const status = statusIn(sentence);
  const facts: SentenceFacts = {
    status,
    arrivalDate: arrivalIn(sentence, status, referenceYear),
    location: locationIn(sentence),
    durationNote: durationIn(sentence),
    mission: findMissions(sentence)[0]?.name ?? null,
    links: linksIn(sentence),
  };
  const figures = figureMentions(sentence, facts, paragraphIndex);
  if (figures.length) return figures;
  const base = { ...facts, paragraphIndex, sentence, personnelCount: null, personnelQualifier: 'unknown' as const };
  if (hasUnit) {
    const unit = findUnit(sentence);
    const nation = nationIn(sentence) ?? senderIn(sentence);
    if (!unit || (status === null && nation === null)) return [];
    const before = sentence.slice(Math.max(0, unit.index - 40), unit.index);
    return [{ ...base, nation, unit, isNew: ANNOUNCES_NEW.test(before), kind: 'unit' }];
  }
  if (status === null || status === 'announced' || !GROUP_WORD.test(sentence)) return [];
  return [{ ...base, nation: nationIn(sentence), unit: null, isNew: false, kind: 'group' }];
};
