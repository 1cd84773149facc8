import type { PersonnelQualifier } from '../../../shared/domain';
import { qualifierBefore } from './deployment-phrases';
import type { TextLanguage } from './language';
import { countryCode, demonymCode } from './nations-fr';
import {
  ANY_FORCE,
  EN_DEFINITE,
  EN_INDEFINITE,
  EN_STOP,
  countsMachines,
  EQUIPMENT,
  FR_NUMBER_WORDS,
  FR_DEFINITE,
  FR_INDEFINITE,
  FR_OF,
  FR_PARTICIPLE,
  FR_STOP,
  isCap,
  isWord,
  NEW_WORDS,
  PERSONNEL,
  QUALIFYING,
  startsWithLetter,
  tokens,
  UNIT_HEADS,
} from './force-words';
import type { Tok } from './force-words';
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

/** A reading of the phrase headed at `h` before anything around the head is read. */
const emptyReading = (h: number, last: number): Reading => ({
  start: h,
  end: last,
  unitFrom: h,
  unitTo: last,
  nation: null,
  figure: -1,
  numbered: false,
  definite: false,
  indefinite: false,
  isNew: false,
});

/** English: modifiers before the head, "of 120 (soldiers)" or "of Challenger 2 tanks" after it. */
const readEnglish = (toks: readonly Tok[], h: number, last: number): Reading => {
  const r = emptyReading(h, last);
  for (let j = h - 1; j >= 0 && h - j <= 7; j -= 1) {
    const tok = toks[j] as Tok;
    // "Türkiye’s 65th ... brigade", "NATO's ... battlegroup": owned by a name, not introduced.
    if (/['’]$/.test(tok.text) || (tok.lower === 's' && /['’]$/.test(toks[j - 1]?.text ?? ''))) {
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
      if (
        NEW_WORDS.has(tok.lower) &&
        previous &&
        (EN_INDEFINITE.has(previous.lower) || EN_DEFINITE.has(previous.lower))
      ) {
        r.indefinite ||= EN_INDEFINITE.has(previous.lower);
        r.definite ||= EN_DEFINITE.has(previous.lower);
        r.start = j - 1;
      }
      break;
    }
    if (r.nation) break;
    const previous = toks[j - 1];
    // "Royal Air Force helicopter detachment": a run of names owns the unit; it is not part of it.
    if (
      isCap(tok) &&
      previous &&
      isWord(previous) &&
      isCap(previous) &&
      !EN_STOP.has(previous.lower) &&
      !demonymCode(previous.text, 'en')
    ) {
      let k = j - 1;
      while (k > 0 && j - k < 6 && isCap(toks[k] as Tok) && !EN_STOP.has(toks[k]?.lower ?? '')) k -= 1;
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
    // "a squadron of six F-35 aircraft": machines, not people; the unit is the squadron.
    if (figure >= 0 && countsMachines(toks, figure)) {
      r.end = figure;
    } else if (figure >= 0 && !/\d(?:st|nd|rd|th)$/.test(toks[figure]?.text ?? '')) {
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
  const r = emptyReading(h, last);
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
      // "un escadron de quatre avions F-16": machines counted, in words or digits; the unit ends here.
      if (FR_NUMBER_WORDS.has(toks[k + 1]?.lower ?? '') || (figure >= 0 && countsMachines(toks, figure))) break;
      if (figure >= 0) {
        r.figure = figure;
        r.end = figure;
        break;
      }
      const next = toks[k + 1];
      if (
        tok.lower === 'avec' ||
        !isWord(next) ||
        isCap(next) ||
        FR_DEFINITE.has(next.lower) ||
        FR_STOP.has(next.lower)
      )
        break;
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

const phraseOf = (
  sentence: string,
  toks: readonly Tok[],
  r: Reading,
  head: string | null,
  language: TextLanguage,
): ForcePhrase => {
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

const FROM_COUNTRY =
  /^\s+(?:from|de|venus de|venant de)\s+(?:the\s+|la\s+|l[’']\s*)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;

/** "Around 500 Turkish service members", "up to 100 instructors", "250 soldats danois". */
const personnelPhrases = (
  sentence: string,
  toks: readonly Tok[],
  taken: ReadonlySet<number>,
  language: TextLanguage,
): ForcePhrase[] => {
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
    phrases[i] = {
      ...people,
      unit: unit.unit,
      head: unit.head,
      numbered: unit.numbered,
      nation: people.nation ?? unit.nation,
      end: unit.end,
    };
  }
  return phrases;
};
