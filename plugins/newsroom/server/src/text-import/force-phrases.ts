import type { PersonnelQualifier } from '../../../shared/domain';
import { qualifierBefore } from './deployment-phrases';
import type { TextLanguage } from './language';
import { countryCode, demonymCode } from './nations-fr';
import { findNumbers } from './numbers';
import { frenchQualifierBefore } from './phrases-fr';

/**
 * A force a sentence names: "a Dutch engineering company of 120", "une compagnie d’infanterie
 * danoise de 250 soldats", "Around 500 Turkish service members", "up to 100 instructors".
 */
export interface ForcePhrase {
  index: number;
  end: number;
  /** The unit phrase without article, nationality or figure ("engineering company"); null for a bare figure. */
  unit: string | null;
  /** Numbered ("65th ... brigade"): the most specific kind of unit name. */
  numbered: boolean;
  /** The head noun of the unit ("company", "compagnie"), lower case. */
  head: string | null;
  /** From an adjective inside the phrase ("Dutch", "danoise"). */
  nation: string | null;
  personnelCount: number | null;
  personnelQualifier: PersonnelQualifier;
  /** "the battalion", "le détachement": a unit named before, not a new one. */
  definite: boolean;
  /** "a", "une", "an additional": a new deployment. */
  indefinite: boolean;
  /** "additional", "further", "another": never merged into one named before. */
  isNew: boolean;
}

interface Tok {
  text: string;
  lower: string;
  index: number;
  end: number;
  /** The value when the token is a figure (digits or words). */
  value: number | null;
}

// prettier-ignore
const UNIT_HEADS: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(['brigade', 'battalion', 'regiment', 'division', 'company', 'squadron', 'battlegroup', 'corps',
    'flotilla', 'platoon', 'detachment', 'contingent', 'unit', 'team', 'party', 'battery', 'wing', 'frigate',
    'task force', 'battle group']),
  fr: new Set(['brigade', 'bataillon', 'régiment', 'division', 'compagnie', 'escadron', 'escadrille', 'groupement',
    'détachement', 'contingent', 'peloton', 'section', 'unité', 'équipe', 'batterie', 'frégate', 'navire', 'escadre']),
};

// prettier-ignore
const PERSONNEL: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(['troops', 'soldiers', 'servicemen', 'servicewomen', 'personnel', 'peacekeepers', 'sailors', 'airmen',
    'marines', 'paratroopers', 'instructors', 'trainers', 'gendarmes', 'engineers', 'service members', 'crew members',
    'military personnel', 'officers', 'experts', 'reservists']),
  fr: new Set(['soldats', 'militaires', 'casques bleus', 'marins', 'aviateurs', 'instructeurs', 'formateurs',
    'gendarmes', 'personnels', 'hommes', 'parachutistes', 'légionnaires', 'experts', 'réservistes']),
};

/** English words a unit phrase never reaches back over. */
// prettier-ignore
const EN_STOP = new Set([
  'a', 'an', 'the', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'his', 'her', 'of', 'and', 'or', 'with',
  'to', 'from', 'for', 'by', 'at', 'in', 'on', 'into', 'will', 'would', 'could', 'may', 'might', 'has', 'have', 'had',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'also', 'include', 'includes', 'including', 'send', 'sends',
  'sent', 'deploy', 'deploys', 'deployed', 'deploying', 'provide', 'provides', 'provided', 'contribute',
  'contributes', 'new', 'additional', 'further', 'another', 'fresh', 'second', 'third', 'about', 'around', 'some',
  'up', 'over', 'than', 'more', 'nearly', 'almost', 'approximately', 'roughly', 'as', 'many', 'which', 'who', 'whose',
  'join', 'joined', 'visited', 'led', 'said', 'each', 'every', 'one', 'two', 'three', 'four', 'five',
]);
const EN_DEFINITE = new Set(['the', 'its', 'their', 'this', 'that', 'our', 'his', 'her']);
const EN_INDEFINITE = new Set(['a', 'an', 'another']);
const NEW_WORDS = new Set(['additional', 'further', 'another', 'fresh', 'second', 'third', 'new', 'supplémentaire', 'nouveau', 'nouvelle']);
const EQUIPMENT = /^(?:tanks|aircraft|fighters|jets|helicopters|vehicles|forces|troops|reservists|units|soldiers|personnel)$/;

const FR_DEFINITE = new Set(['le', 'la', 'l’', "l'", 'les', 'ce', 'cet', 'cette', 'son', 'sa', 'leur']);
const FR_INDEFINITE = new Set(['un', 'une']);
/** French words that end a unit phrase: verbs, prepositions, articles. */
// prettier-ignore
const FR_STOP = new Set([
  'à', 'au', 'aux', 'en', 'sur', 'pour', 'dans', 'vers', 'par', 'avec', 'et', 'ou', 'qui', 'que', 'le', 'la', 'les',
  'un', 'une', 'est', 'sont', 'sera', 'seront', 'a', 'ont', 'pourrait', 'pourraient', 'va', 'vont', 'arrivera',
  'déploiera', 'rejoint', 'rejoindra', 'suivra', 'sous', 'depuis', 'le', 'lors', 'ainsi', 'afin',
]);
const FR_PARTICIPLE = /^(?:déploy|bas|stationn|engag|dirig|positionn|envoy|annonc|prévu|arriv|composé|form)/;
const FR_OF = new Set(['de', 'd’', "d'", 'du', 'des']);

const TOKEN = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:st|nd|rd|th|e|er)?|\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*['’]?|[^\s\p{L}\d]/gu;

const tokens = (sentence: string): Tok[] => {
  const numbers = new Map(findNumbers(sentence).map((n) => [n.index, n]));
  const out: Tok[] = [];
  let numberEnd = -1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match; match = TOKEN.exec(sentence)) {
    const index = match.index;
    const number = numbers.get(index);
    if (number) {
      out.push({ text: sentence.slice(index, number.end), lower: '#', index, end: number.end, value: number.value });
      numberEnd = number.end;
      TOKEN.lastIndex = Math.max(TOKEN.lastIndex, number.end);
      continue;
    }
    if (index < numberEnd) continue;
    out.push({ text: match[0], lower: match[0].toLowerCase(), index, end: index + match[0].length, value: null });
  }
  return out;
};

const isWord = (tok: Tok | undefined): tok is Tok => tok !== undefined && /^\p{L}/u.test(tok.text);
const startsWithLetter = (tok: Tok): boolean => /^\p{L}/u.test(tok.text);
const isCap = (tok: Tok): boolean => /^\p{Lu}/u.test(tok.text);

/** The head noun at `i` (one or two words), with the index of its last token, or null. */
const headAt = (toks: readonly Tok[], i: number, language: TextLanguage): { head: string; last: number } | null => {
  const one = toks[i]?.lower ?? '';
  const two = `${one} ${toks[i + 1]?.lower ?? ''}`;
  if (UNIT_HEADS[language].has(two)) return { head: two, last: i + 1 };
  if (UNIT_HEADS[language].has(one)) return { head: one, last: i };
  return null;
};

/** A personnel noun at `i` (one or two words): the index of its last token, or -1. */
const personnelAt = (toks: readonly Tok[], i: number, language: TextLanguage): number => {
  const one = toks[i]?.lower ?? '';
  if (PERSONNEL[language].has(`${one} ${toks[i + 1]?.lower ?? ''}`)) return i + 1;
  return PERSONNEL[language].has(one) ? i : -1;
};

const qualifier = (sentence: string, at: number, language: TextLanguage): PersonnelQualifier => {
  const before = sentence.slice(Math.max(0, at - 40), at);
  return language === 'fr' ? frenchQualifierBefore(before) : qualifierBefore(before);
};

/** Words that may stand between "of"/"de" and a figure: "of about 150", "d’environ 700", "de plus de 300". */
// prettier-ignore
const QUALIFYING = new Set([
  'about', 'around', 'some', 'up', 'to', 'more', 'than', 'over', 'nearly', 'almost', 'approximately', 'roughly',
  'at', 'least', 'well', 'just', 'under', 'as', 'many', 'environ', 'quelque', 'près', 'de', 'd’', "d'", 'plus',
  'jusqu’à', "jusqu'à", 'jusqu’', "jusqu'", 'à', 'moins', 'au', 'presque',
]);

/** A figure within `reach` tokens from `from`, over qualifier words only. */
const figureFrom = (toks: readonly Tok[], from: number, reach: number): number => {
  for (let k = from; k < Math.min(toks.length, from + reach); k += 1) {
    const tok = toks[k] as Tok;
    if (tok.value !== null) return k;
    if (!QUALIFYING.has(tok.lower)) return -1;
  }
  return -1;
};

interface Reading {
  start: number;
  end: number;
  unitFrom: number;
  unitTo: number;
  nation: string | null;
  figure: number;
  numbered: boolean;
  definite: boolean;
  indefinite: boolean;
  isNew: boolean;
}

/** English: modifiers before the head, "of 120 (soldiers)" or "of Challenger 2 tanks" after it. */
const readEnglish = (toks: readonly Tok[], h: number, last: number): Reading => {
  const r: Reading = { start: h, end: last, unitFrom: h, unitTo: last, nation: null, figure: -1, numbered: false,
    definite: false, indefinite: false, isNew: false };
  for (let j = h - 1; j >= 0 && h - j <= 7; j -= 1) {
    const tok = toks[j] as Tok;
    // "Türkiye’s 65th ... brigade", "NATO's ... battlegroup": owned by a name, not introduced.
    if (/['’]$/.test(tok.text) || ((tok.lower === 's') && /['’]$/.test(toks[j - 1]?.text ?? ''))) {
      r.definite = true;
      break;
    }
    if (/^\d+(?:st|nd|rd|th)$/.test(tok.text)) {
      r.unitFrom = j;
      r.start = j;
      r.numbered = true;
      continue;
    }
    if (tok.value !== null || !isWord(tok)) break;
    const nation = demonymCode(tok.text, 'en');
    if (nation) {
      r.nation ??= nation;
      r.start = j;
      continue;
    }
    if (EN_STOP.has(tok.lower)) {
      if (EN_DEFINITE.has(tok.lower)) r.definite = true;
      if (EN_INDEFINITE.has(tok.lower)) r.indefinite = true;
      if (NEW_WORDS.has(tok.lower)) r.isNew = true;
      if (EN_DEFINITE.has(tok.lower) || EN_INDEFINITE.has(tok.lower)) r.start = j;
      // "an additional battalion": the article before the adjective still counts.
      const previous = toks[j - 1];
      if (NEW_WORDS.has(tok.lower) && previous && (EN_INDEFINITE.has(previous.lower) || EN_DEFINITE.has(previous.lower))) {
        r.indefinite ||= EN_INDEFINITE.has(previous.lower);
        r.definite ||= EN_DEFINITE.has(previous.lower);
        r.start = j - 1;
      }
      break;
    }
    if (r.nation) break;
    const previous = toks[j - 1];
    // "Royal Air Force helicopter detachment": a run of names owns the unit; it is not part of it.
    if (isCap(tok) && previous && isWord(previous) && isCap(previous) && !EN_STOP.has(previous.lower) && !demonymCode(previous.text, 'en')) {
      let k = j - 1;
      while (k > 0 && isCap(toks[k] as Tok) && !EN_STOP.has(toks[k]?.lower ?? '')) k -= 1;
      r.indefinite = EN_INDEFINITE.has(toks[k]?.lower ?? '');
      r.definite = EN_DEFINITE.has(toks[k]?.lower ?? '');
      break;
    }
    r.unitFrom = j;
    r.start = Math.min(r.start, j);
  }
  if (r.unitFrom > h) r.unitFrom = h;
  // After the head: "of (about) 120 (soldiers)", "of Challenger 2 tanks", "of NATO reserve forces".
  if (toks[last + 1]?.lower === 'of') {
    const figure = figureFrom(toks, last + 2, 4);
    if (figure >= 0 && !/\d(?:st|nd|rd|th)$/.test(toks[figure]?.text ?? '')) {
      r.figure = figure;
      r.end = figure;
    } else {
      for (let k = last + 2; k < Math.min(toks.length, last + 7); k += 1) {
        const tok = toks[k] as Tok;
        if (!startsWithLetter(tok) && tok.value === null) break;
        if (EQUIPMENT.test(tok.lower)) {
          r.unitTo = k;
          r.end = k;
          break;
        }
      }
    }
  } else if (toks[last + 1]?.lower === 'with') {
    const figure = figureFrom(toks, last + 2, 4);
    if (figure >= 0 && personnelAt(toks, figure + 1, 'en') >= 0) {
      r.figure = figure;
      r.end = figure;
    }
  }
  return r;
};

/** French: "une compagnie d’infanterie danoise de 250 soldats", "une frégate italienne avec 180 marins". */
const readFrench = (toks: readonly Tok[], h: number, last: number): Reading => {
  const r: Reading = { start: h, end: last, unitFrom: h, unitTo: last, nation: null, figure: -1, numbered: false,
    definite: false, indefinite: false, isNew: false };
  const before = toks[h - 1];
  if (before && FR_DEFINITE.has(before.lower)) r.definite = true;
  if (before && FR_INDEFINITE.has(before.lower)) r.indefinite = true;
  if (before && (r.definite || r.indefinite)) r.start = h - 1;
  let k = last + 1;
  while (k < toks.length && k - last < 10) {
    const tok = toks[k] as Tok;
    if (!isWord(tok)) break;
    const nation = demonymCode(tok.text, 'fr');
    if (nation) {
      r.nation ??= nation;
      r.end = k;
      k += 1;
      continue;
    }
    if (NEW_WORDS.has(tok.lower)) {
      r.isNew = true;
      k += 1;
      continue;
    }
    if (FR_OF.has(tok.lower) || tok.lower === 'avec') {
      const figure = figureFrom(toks, k + 1, 4);
      if (figure >= 0) {
        r.figure = figure;
        r.end = figure;
        break;
      }
      const next = toks[k + 1];
      if (tok.lower === 'avec' || !isWord(next) || isCap(next) || FR_DEFINITE.has(next.lower) || FR_STOP.has(next.lower)) break;
      // "de chars Leclerc", "du génie", "de police militaire".
      r.unitTo = k + 1;
      r.end = k + 1;
      k += 2;
      if (toks[k] && isCap(toks[k] as Tok) && isWord(toks[k]) && !demonymCode(toks[k]?.text ?? '', 'fr')) {
        r.unitTo = k;
        r.end = k;
        k += 1;
      }
      continue;
    }
    if (isCap(tok) || FR_STOP.has(tok.lower) || FR_PARTICIPLE.test(tok.lower)) break;
    // A lower-case adjective: "aérien", "tactique", "militaire".
    if (r.nation === null) r.unitTo = k;
    r.end = k;
    k += 1;
  }
  return r;
};

const phraseOf = (sentence: string, toks: readonly Tok[], r: Reading, head: string | null, language: TextLanguage): ForcePhrase => {
  const figure = toks[r.figure];
  let unit: string | null = null;
  if (head !== null) {
    const parts: string[] = [];
    for (let k = r.unitFrom; k <= r.unitTo; k += 1) {
      const tok = toks[k] as Tok;
      // French: the nationality sits inside the phrase ("compagnie belge d’infanterie"); leave it out.
      if (language === 'fr' && demonymCode(tok.text, 'fr')) continue;
      parts.push(tok.text);
    }
    unit = parts.join(' ').replace(/([dl][’'])\s+/gi, '$1');
  }
  return {
    index: toks[r.start]?.index ?? 0,
    end: toks[r.end]?.end ?? 0,
    unit,
    numbered: r.numbered,
    head,
    nation: r.nation,
    personnelCount: figure?.value ?? null,
    personnelQualifier: figure ? qualifier(sentence, figure.index, language) : 'unknown',
    definite: r.definite,
    indefinite: r.indefinite,
    isNew: r.isNew,
  };
};

const FROM_COUNTRY = /^\s+(?:from|de|venus de|venant de)\s+(?:the\s+|la\s+|l[’']\s*)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;

/** "Around 500 Turkish service members", "up to 100 instructors", "250 soldats danois". */
const personnelPhrases = (sentence: string, toks: readonly Tok[], taken: ReadonlySet<number>, language: TextLanguage): ForcePhrase[] => {
  const found: ForcePhrase[] = [];
  toks.forEach((tok, i) => {
    if (tok.value === null || taken.has(i) || /\d(?:st|nd|rd|th|e|er)$/.test(tok.text)) return;
    let nation: string | null = null;
    let isNew = false;
    for (let k = i + 1; k < Math.min(toks.length, i + 5); k += 1) {
      const word = toks[k] as Tok;
      const end = personnelAt(toks, k, language);
      if (end >= 0) {
        const after = toks[end + 1];
        if (language === 'fr' && after && demonymCode(after.text, 'fr')) nation ??= demonymCode(after.text, 'fr');
        // "1,200 soldiers from Poland", "300 soldats venus de Pologne".
        const from = FROM_COUNTRY.exec(sentence.slice(toks[end]?.end ?? tok.end, (toks[end]?.end ?? tok.end) + 60));
        if (from?.[1]) nation ??= countryCode(from[1], language);
        found.push({
          index: tok.index,
          end: toks[end]?.end ?? tok.end,
          unit: null,
          numbered: false,
          head: null,
          nation,
          personnelCount: tok.value,
          personnelQualifier: qualifier(sentence, tok.index, language),
          definite: false,
          indefinite: true,
          isNew,
        });
        return;
      }
      if (!isWord(word)) return;
      const demonym = demonymCode(word.text, language);
      if (demonym) nation ??= demonym;
      else if (NEW_WORDS.has(word.lower)) isNew = true;
      else if (word.lower !== 'more' && !/^(?:military|armed|uniformed|active|british|us)$/.test(word.lower)) return;
    }
  });
  return found;
};

const wordsOf = (set: ReadonlySet<string>): string => [...set].join('|');
const ANY_FORCE: Record<TextLanguage, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${wordsOf(UNIT_HEADS.en)}|${wordsOf(PERSONNEL.en)}|hundred|thousand)(?![\\p{L}])`, 'iu'),
  fr: new RegExp(`(?<![\\p{L}])(?:${wordsOf(UNIT_HEADS.fr)}|${wordsOf(PERSONNEL.fr)}|cents?|mille)(?![\\p{L}])`, 'iu'),
};

const FROM_UNIT = /^\s+(?:from|of|de|du|des|d[’'])\s*(?:[\p{L}]+[’']s?\s+)?(?:the\s+|la\s+|le\s+)?$/u;

/** The forces a sentence names, in text order. */
export const findForcePhrases = (sentence: string, language: TextLanguage): ForcePhrase[] => {
  if (!/\d/.test(sentence) && !ANY_FORCE[language].test(sentence)) return [];
  const toks = tokens(sentence);
  const phrases: ForcePhrase[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < toks.length; i += 1) {
    const found = headAt(toks, i, language);
    if (!found) continue;
    const reading = language === 'fr' ? readFrench(toks, i, found.last) : readEnglish(toks, i, found.last);
    if (reading.figure >= 0) taken.add(reading.figure);
    phrases.push(phraseOf(sentence, toks, reading, found.head, language));
    i = Math.max(i, reading.end);
  }
  phrases.push(...personnelPhrases(sentence, toks, taken, language));
  phrases.sort((a, b) => a.index - b.index);
  // "500 Turkish service members from Türkiye’s 65th mechanized infantry brigade": one force.
  for (let i = 0; i + 1 < phrases.length; i += 1) {
    const people = phrases[i] as ForcePhrase;
    const unit = phrases[i + 1] as ForcePhrase;
    if (people.head !== null || unit.head === null || unit.personnelCount !== null) continue;
    if (!FROM_UNIT.test(sentence.slice(people.end, unit.index))) continue;
    phrases.splice(i + 1, 1);
    phrases[i] = { ...people, unit: unit.unit, head: unit.head, numbered: unit.numbered, nation: people.nation ?? unit.nation, end: unit.end };
  }
  return phrases;
};
