import { COUNTRY_CODES } from '../countries/iso-3166';
import { foldForMatching } from './normalise-text';

export type NationWordKind = 'country' | 'demonym';

export interface FoundNation {
  code: string;
  kind: NationWordKind;
  /** As written, possessive removed ("Türkiye" for "Türkiye’s"). */
  text: string;
  index: number;
  end: number;
  possessive: boolean;
}

/**
 * Adjectives of nationality, "CODE: Word Word". NATO and EU members, partners and the nations
 * that most often contribute to NATO, EU and UN missions.
 */
const DEMONYMS = `
AL: Albanian; AM: Armenian; AR: Argentine Argentinian; AT: Austrian; AU: Australian; AZ: Azerbaijani; BA: Bosnian;
BD: Bangladeshi; BE: Belgian; BG: Bulgarian; BR: Brazilian; BY: Belarusian; CA: Canadian; CH: Swiss; CL: Chilean;
CN: Chinese; CY: Cypriot; CZ: Czech; DE: German; DK: Danish; EE: Estonian; EG: Egyptian; ES: Spanish; FI: Finnish;
FR: French; GB: British; GE: Georgian; GH: Ghanaian; GR: Greek Hellenic; HR: Croatian; HU: Hungarian; ID: Indonesian;
IE: Irish; IL: Israeli; IN: Indian; IQ: Iraqi; IS: Icelandic; IT: Italian; JO: Jordanian; JP: Japanese; KE: Kenyan;
KR: Korean; KZ: Kazakh; LT: Lithuanian; LU: Luxembourgish Luxembourger; LV: Latvian; MA: Moroccan; MD: Moldovan;
ME: Montenegrin; MK: Macedonian; MN: Mongolian; MT: Maltese; MX: Mexican; NG: Nigerian; NL: Dutch; NO: Norwegian;
NP: Nepalese Nepali; PK: Pakistani; PL: Polish; PT: Portuguese; QA: Qatari; RO: Romanian; RS: Serbian;
RU: Russian; RW: Rwandan; SE: Swedish; SI: Slovenian Slovene; SK: Slovak Slovakian; SN: Senegalese; TN: Tunisian;
TR: Turkish; UA: Ukrainian; US: American; UY: Uruguayan; XK: Kosovar Kosovan; AE: Emirati; AF: Afghan;
ZM: Zambian; ZW: Zimbabwean; ET: Ethiopian; TZ: Tanzanian; UG: Ugandan; BI: Burundian; ML: Malian; TD: Chadian;
NE: Nigerien; CM: Cameroonian; FJ: Fijian; TH: Thai; MY: Malaysian; VN: Vietnamese; KH: Cambodian;
LK: Sri Lankan; PE: Peruvian; SV: Salvadoran Salvadorean; GT: Guatemalan; MR: Mauritanian; BF: Burkinabe;
TG: Togolese; BJ: Beninese; GM: Gambian; LR: Liberian; NZ: Zealander; ZA: South African; DZ: Algerian;
LB: Lebanese; SY: Syrian; IR: Iranian; SA: Saudi; PH: Filipino Philippine; CO: Colombian; EC: Ecuadorian
`;

/** Names a reader uses that `Intl.DisplayNames` does not give. */
const COUNTRY_ALIASES = `
TR: Turkey, Türkiye, Republic of Türkiye; US: United States of America, USA, US, America;
GB: UK, Britain, Great Britain;
CZ: Czech Republic; MK: Macedonia, Republic of North Macedonia; NL: Holland, The Netherlands;
BA: Bosnia and Herzegovina, Bosnia; KR: South Korea, Republic of Korea; MD: Republic of Moldova; XK: Kosovo;
AE: United Arab Emirates, UAE; RU: Russian Federation; CD: Democratic Republic of the Congo, DRC; CI: Ivory Coast
`;

export interface NationEntry {
  code: string;
  kind: NationWordKind;
}

/** Acronyms ("UK", "US") only match in capitals: "Us" at the start of a sentence is no country. */
const lexiconKey = (word: string): string => (/^\p{Lu}{2,}$/u.test(word) ? `=${word}` : foldForMatching(word));

const readTable = (table: string, separator: RegExp, into: Map<string, NationEntry>, kind: NationWordKind): void => {
  for (const entry of table.split(';')) {
    const [code, words] = entry.split(':').map((part) => part.trim());
    if (!code || !words || !COUNTRY_CODES.has(code)) continue;
    for (const word of words.split(separator)) {
      if (word.trim()) into.set(lexiconKey(word.trim()), { code, kind });
    }
  }
};

let lexicon: Map<string, NationEntry> | null = null;

/** Folded name or adjective -> nation. Built once, on first use. */
const nationLexicon = (): Map<string, NationEntry> => {
  if (lexicon) return lexicon;
  const map = new Map<string, NationEntry>();
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const code of COUNTRY_CODES) {
    const name = names.of(code);
    if (name && name !== code) map.set(foldForMatching(name.replace(/ & /g, ' and ')), { code, kind: 'country' });
  }
  readTable(COUNTRY_ALIASES, /,/, map, 'country');
  readTable(DEMONYMS, / +/, map, 'demonym');
  lexicon = map;
  return map;
};

/** The lexicon entry of a name or adjective ("Dutch" -> NL, demonym), or null. */
export const nationWord = (word: string): NationEntry | null => nationLexicon().get(lexiconKey(word)) ?? null;

/** The nation a name or adjective stands for ("Turkish", "Türkiye", "Turkey" -> TR), or null. */
export const nationCode = (word: string): string | null => nationLexicon().get(lexiconKey(word))?.code ?? null;

const WORD = /\p{L}[\p{L}’'-]*/gu;
const CONNECTORS = new Set(['and', 'of', 'the', '&']);
const POSSESSIVE = /['’]s$/;
const MAX_WORDS = 6;

interface Word {
  text: string;
  index: number;
  end: number;
}

/**
 * Every country name and nationality adjective in `text`, longest reading first
 * ("Republic of North Macedonia" rather than "North Macedonia"). Only capitalised words start one.
 */
export const findNations = (text: string): FoundNation[] => {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    words.push({ text: match[0], index: match.index, end: match.index + match[0].length });
  }
  const map = nationLexicon();
  const found: FoundNation[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const first = words[i];
    if (!first || !/^\p{Lu}/u.test(first.text) || CONNECTORS.has(first.text.toLowerCase())) continue;
    for (let j = Math.min(words.length - 1, i + MAX_WORDS - 1); j >= i; j -= 1) {
      const last = words[j];
      if (!last) continue;
      const raw = text.slice(first.index, last.end);
      if (j > i && !/^[\p{L}’' &-]+$/u.test(raw)) continue;
      const possessive = POSSESSIVE.test(raw);
      const name = possessive ? raw.slice(0, -2) : raw;
      const entry = map.get(lexiconKey(name));
      if (!entry) continue;
      found.push({ ...entry, text: name, index: first.index, end: first.index + name.length, possessive });
      i = j;
      break;
    }
  }
  return found;
};
