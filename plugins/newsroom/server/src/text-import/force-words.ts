import type { TextLanguage } from './language';
import { findNumbers } from './numbers';

/** Words, figures and the word lists that force phrases are read from, in English and French. */

export interface Tok {
  text: string;
  lower: string;
  index: number;
  end: number;
  /** The value when the token is a figure (digits or words). */
  value: number | null;
}

// prettier-ignore
export const UNIT_HEADS: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(['brigade', 'battalion', 'regiment', 'division', 'company', 'squadron', 'battlegroup', 'corps',
    'flotilla', 'platoon', 'detachment', 'contingent', 'unit', 'team', 'party', 'battery', 'wing', 'frigate',
    'task force', 'battle group']),
  fr: new Set(['brigade', 'bataillon', 'régiment', 'division', 'compagnie', 'escadron', 'escadrille', 'groupement',
    'détachement', 'contingent', 'peloton', 'section', 'unité', 'équipe', 'batterie', 'frégate', 'navire', 'escadre']),
};

// prettier-ignore
export const PERSONNEL: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(['troops', 'soldiers', 'servicemen', 'servicewomen', 'personnel', 'peacekeepers', 'sailors', 'airmen',
    'marines', 'paratroopers', 'instructors', 'trainers', 'gendarmes', 'engineers', 'service members', 'crew members',
    'military personnel', 'officers', 'experts', 'reservists']),
  fr: new Set(['soldats', 'militaires', 'casques bleus', 'marins', 'aviateurs', 'instructeurs', 'formateurs',
    'gendarmes', 'personnels', 'hommes', 'parachutistes', 'légionnaires', 'experts', 'réservistes']),
};

/** English words a unit phrase never reaches back over. */
// prettier-ignore
export const EN_STOP = new Set([
  'a', 'an', 'the', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'his', 'her', 'of', 'and', 'or', 'with',
  'to', 'from', 'for', 'by', 'at', 'in', 'on', 'into', 'will', 'would', 'could', 'may', 'might', 'has', 'have', 'had',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'also', 'include', 'includes', 'including', 'send', 'sends',
  'sent', 'deploy', 'deploys', 'deployed', 'deploying', 'provide', 'provides', 'provided', 'contribute',
  'contributes', 'new', 'additional', 'further', 'another', 'fresh', 'second', 'third', 'about', 'around', 'some',
  'up', 'over', 'than', 'more', 'nearly', 'almost', 'approximately', 'roughly', 'as', 'many', 'which', 'who', 'whose',
  'join', 'joined', 'visited', 'led', 'said', 'each', 'every', 'one', 'two', 'three', 'four', 'five',
]);
export const EN_DEFINITE = new Set(['the', 'its', 'their', 'this', 'that', 'our', 'his', 'her']);
export const EN_INDEFINITE = new Set(['a', 'an', 'another']);
export const NEW_WORDS = new Set([
  'additional',
  'further',
  'another',
  'fresh',
  'second',
  'third',
  'new',
  'supplémentaire',
  'nouveau',
  'nouvelle',
]);
/** Equipment after a figure ("six F-35 aircraft", "quatre avions F-16"): a count of machines, never of people. */
export const MACHINES =
  /^(?:aircraft|planes?|jets?|fighters?|tanks?|vehicles?|ships?|vessels?|frigates?|corvettes?|submarines?|helicopters?|drones?|guns?|howitzers?|launchers?|systems?|avions?|chasseurs?|chars?|véhicules?|navires?|bâtiments?|frégates?|sous-marins?|hélicoptères?|drones?|canons?|lanceurs?|systèmes?)$/;
/** A type designation: "F-35", "F-16", "CV90", "A400M". */
export const MODEL = /^\p{Lu}{1,3}-?\d{1,4}\p{Lu}?$/u;
/** French number words ("de quatre avions"): never part of a unit's name. */
// prettier-ignore
export const FR_NUMBER_WORDS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
  'douze', 'quinze', 'vingt', 'trente', 'quarante', 'cinquante', 'cent', 'cents', 'mille', 'plusieurs', 'quelques']);

/** Whether the figure at `figure` counts machines: an equipment noun or a type comes before any personnel noun. */
export const countsMachines = (toks: readonly Tok[], figure: number): boolean => {
  for (let k = figure + 1; k < Math.min(toks.length, figure + 4); k += 1) {
    const tok = toks[k] as Tok;
    if (PERSONNEL.en.has(tok.lower) || PERSONNEL.fr.has(tok.lower)) return false;
    if (MACHINES.test(tok.lower) || MODEL.test(tok.text)) return true;
    if (!/^\p{L}/u.test(tok.text)) return false;
  }
  return false;
};

export const EQUIPMENT =
  /^(?:tanks|aircraft|fighters|jets|helicopters|vehicles|forces|troops|reservists|units|soldiers|personnel)$/;

export const FR_DEFINITE = new Set(['le', 'la', 'l’', "l'", 'les', 'ce', 'cet', 'cette', 'son', 'sa', 'leur']);
export const FR_INDEFINITE = new Set(['un', 'une']);
/** French words that end a unit phrase: verbs, prepositions, articles. */
// prettier-ignore
export const FR_STOP = new Set([
  'à', 'au', 'aux', 'en', 'sur', 'pour', 'dans', 'vers', 'par', 'avec', 'et', 'ou', 'qui', 'que', 'le', 'la', 'les',
  'un', 'une', 'est', 'sont', 'sera', 'seront', 'a', 'ont', 'pourrait', 'pourraient', 'va', 'vont', 'arrivera',
  'déploiera', 'rejoint', 'rejoindra', 'suivra', 'sous', 'depuis', 'le', 'lors', 'ainsi', 'afin',
]);
export const FR_PARTICIPLE = /^(?:déploy|bas|stationn|engag|dirig|positionn|envoy|annonc|prévu|arriv|composé|form)/;
export const FR_OF = new Set(['de', 'd’', "d'", 'du', 'des']);

export const TOKEN =
  /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:st|nd|rd|th|e|er)?|\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*['’]?|[^\s\p{L}\d]/gu;

export const tokens = (sentence: string): Tok[] => {
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

export const isWord = (tok: Tok | undefined): tok is Tok => tok !== undefined && /^\p{L}/u.test(tok.text);
export const startsWithLetter = (tok: Tok): boolean => /^\p{L}/u.test(tok.text);
export const isCap = (tok: Tok): boolean => /^\p{Lu}/u.test(tok.text);

/** Words that may stand between "of"/"de" and a figure: "of about 150", "d’environ 700", "de plus de 300". */
// prettier-ignore
export const QUALIFYING = new Set([
  'about', 'around', 'some', 'up', 'to', 'more', 'than', 'over', 'nearly', 'almost', 'approximately', 'roughly',
  'at', 'least', 'well', 'just', 'under', 'as', 'many', 'environ', 'quelque', 'près', 'de', 'd’', "d'", 'plus',
  'jusqu’à', "jusqu'à", 'jusqu’', "jusqu'", 'à', 'moins', 'au', 'presque',
]);

const wordsOf = (set: ReadonlySet<string>): string => [...set].join('|');
export const ANY_FORCE: Record<TextLanguage, RegExp> = {
  en: new RegExp(
    `(?<![\\p{L}])(?:${wordsOf(UNIT_HEADS.en)}|${wordsOf(PERSONNEL.en)}|hundred|thousand)(?![\\p{L}])`,
    'iu',
  ),
  fr: new RegExp(`(?<![\\p{L}])(?:${wordsOf(UNIT_HEADS.fr)}|${wordsOf(PERSONNEL.fr)}|cents?|mille)(?![\\p{L}])`, 'iu'),
};
