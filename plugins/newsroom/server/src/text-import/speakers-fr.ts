import type { SpeakerPhrase } from './person-names';
import { frenchDemonymCode } from './nations-fr';

/** Ranks that stand before a name and are no office: "l’amiral Rob Bauer", "le général de division X". */
const RANK =
  /^(?:(?:vice-|contre-)?amiral|général(?: de (?:brigade|division|corps d[’']armée|armée))?|lieutenant-colonel|colonel|capitaine(?: de (?:vaisseau|frégate|corvette))?|commandant de bord|médecin général)\s+/iu;
const ARTICLE = /^(?:le|la|les|l[’'])\s*/iu;
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*\.?$/u;
const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le']);

/** Words that open a French office: "ministre", "président", "secrétaire générale", "chef de mission". */
export const FRENCH_OFFICE =
  /^(?:(?:vice-|sous-|co-)?(?:président|présidente|ministre|secrétaire|commandant|commandante|chef|directeur|directrice|haut|haute|représentant|représentante|porte-parole|ambassadeur|ambassadrice|envoyé|envoyée|coordinateur|coordinatrice|commissaire|conseiller|conseillère|gouverneur|maire|premier|première))(?![\p{L}])/iu;

/** "ministre italienne de la Défense" -> "ministre de la Défense": the nationality is no part of the office. */
export const frenchOffice = (role: string): string =>
  role
    .split(/\s+/)
    .filter((word) => frenchDemonymCode(word) === null)
    .join(' ')
    .trim();

/** The run of capitalised words that ends `words`, when it does not continue a role ("de l’OTAN"). */
const trailingName = (words: readonly string[]): number => {
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1] ?? '';
    if (NAME_WORD.test(word) || (PARTICLES.has(word) && start < words.length && start - 1 > 0 && NAME_WORD.test(words[start - 2] ?? '') && start - 1 !== 0)) {
      start -= 1;
      continue;
    }
    break;
  }
  while (start < words.length && PARTICLES.has(words[start] ?? '')) start += 1;
  if (start === words.length) return -1;
  const before = (words[start - 1] ?? '').toLowerCase();
  // "du Comité", "des Affaires", "de l’OTAN": part of the office, not a name.
  if (start > 0 && /^(?:de|du|des|d[’']|l[’']|la|le|les|et|aux?|pour)$/u.test(before)) return -1;
  return start;
};

/** One comma-separated part: a name, an office, or an office followed by a name. */
const readPart = (part: string): SpeakerPhrase => {
  let text = part.trim().replace(ARTICLE, '');
  text = text.replace(RANK, '');
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return { name: null, role: null, pronoun: false };
  const nameStart = trailingName(words);
  const startsWithOffice = FRENCH_OFFICE.test(text);
  if (nameStart === 0 && !startsWithOffice) return { name: words.join(' '), role: null, pronoun: false };
  if (nameStart > 0 && startsWithOffice) {
    return { name: words.slice(nameStart).join(' '), role: frenchOffice(words.slice(0, nameStart).join(' ')), pronoun: false };
  }
  if (startsWithOffice) return { name: null, role: frenchOffice(text), pronoun: false };
  return { name: null, role: null, pronoun: false };
};

/**
 * Who a French attribution names: "le président du Comité militaire de l’OTAN, l’amiral Rob Bauer"
 * -> Rob Bauer, "président du Comité militaire de l’OTAN"; "la ministre" -> the office only; "Ian Borg".
 */
export const parseFrenchSpeaker = (phrase: string): SpeakerPhrase => {
  const clean = phrase.replace(/^[\s,:;–—-]+|[\s,:;.–—-]+$/gu, '');
  if (!clean || clean.length > 200) return { name: null, role: null, pronoun: false };
  if (/^(?:il|elle|ils|elles)$/iu.test(clean)) return { name: null, role: null, pronoun: true };
  const parts = clean.split(/\s*,\s*/).slice(0, 3).map(readPart);
  const named = parts.find((part) => part.name !== null);
  const role = parts.find((part) => part.role !== null)?.role ?? null;
  return { name: named?.name ?? null, role: named?.role ?? role, pronoun: false };
};
