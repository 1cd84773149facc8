import { COUNTRY_CODES } from '../countries/iso-3166';
import { foldForMatching } from './normalise-text';
import { nationWord } from './nations';

/**
 * French adjectives of nationality, "CODE: stem": the masculine form; the feminine and plural forms
 * are derived ("danois" -> "danoise", "danoises"; "italien" -> "italienne"; "belge" -> "belges").
 */
const FRENCH_DEMONYMS = `
AL: albanais; AT: autrichien; BE: belge; BG: bulgare; CA: canadien; CH: suisse; CY: chypriote; CZ: tchèque;
DE: allemand; DK: danois; EE: estonien; ES: espagnol; FI: finlandais; FR: français; GB: britannique; GR: grec grecque;
HR: croate; HU: hongrois; IE: irlandais; IT: italien; LT: lituanien; LU: luxembourgeois; LV: letton lettone;
ME: monténégrin; MK: macédonien; NL: néerlandais; NO: norvégien; PL: polonais; PT: portugais; RO: roumain;
SE: suédois; SI: slovène; SK: slovaque; TR: turc turque; UA: ukrainien; US: américain; IN: indien; ID: indonésien;
GH: ghanéen; NP: népalais; RW: rwandais; SN: sénégalais; MA: marocain; BD: bangladais; PK: pakistanais;
IS: islandais; MT: maltais; AU: australien; JP: japonais; KR: coréen; BA: bosnien; RS: serbe; GE: géorgien;
ZM: zambien; ET: éthiopien; TZ: tanzanien; UG: ougandais; BI: burundais; ML: malien; TD: tchadien; CM: camerounais;
EG: égyptien; CN: chinois; BR: brésilien; MX: mexicain; AR: argentin; CL: chilien; UY: uruguayen; KE: kényan;
NG: nigérian; TN: tunisien; DZ: algérien; LB: libanais; FJ: fidjien; MY: malaisien; TH: thaïlandais; KZ: kazakh;
AM: arménien; AZ: azerbaïdjanais; MD: moldave; BY: biélorusse; RU: russe; IL: israélien; JO: jordanien; QA: qatari
`;

const forms = (stem: string): string[] => {
  if (stem.endsWith('e') || stem.endsWith('que')) return [stem, `${stem}s`];
  const feminine = /(?:ien|éen|on)$/.test(stem) ? `${stem}ne` : stem.endsWith('s') ? `${stem}e` : `${stem}e`;
  const plural = stem.endsWith('s') ? stem : `${stem}s`;
  return [stem, feminine, plural, `${feminine}s`];
};

let demonyms: Map<string, string> | null = null;
let countries: Map<string, string> | null = null;

const demonymTable = (): Map<string, string> => {
  if (demonyms) return demonyms;
  const map = new Map<string, string>();
  for (const entry of FRENCH_DEMONYMS.split(';')) {
    const [code, words] = entry.split(':').map((part) => part.trim());
    if (!code || !words || !COUNTRY_CODES.has(code)) continue;
    for (const stem of words.split(/\s+/)) for (const form of forms(stem)) map.set(foldForMatching(form), code);
  }
  demonyms = map;
  return map;
};

/** French country names from ICU (`Intl.DisplayNames`), as releases write them ("Roumanie", "Belgique"). */
const countryTable = (): Map<string, string> => {
  if (countries) return countries;
  const map = new Map<string, string>();
  const names = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });
  for (const code of COUNTRY_CODES) {
    const name = names.of(code);
    if (name && name !== code) map.set(foldForMatching(name), code);
  }
  map.set(foldForMatching('Royaume-Uni'), 'GB');
  map.set(foldForMatching('Pays-Bas'), 'NL');
  countries = map;
  return map;
};

/** A French adjective of nationality ("danoise" -> DK), lower case as French writes it. */
export const frenchDemonymCode = (word: string): string | null => demonymTable().get(foldForMatching(word)) ?? null;

/** A French country name ("Belgique" -> BE). */
export const frenchCountryCode = (name: string): string | null => countryTable().get(foldForMatching(name)) ?? null;

/** "US", "UK", "USA": a country's initials, which English uses as its adjective ("US soldiers"). */
export const isCountryAcronym = (word: string): boolean =>
  /^\p{Lu}{2,3}$/u.test(word) && nationWord(word)?.kind === 'country';

/** An adjective of nationality in either language ("Dutch", "danoise"), or null. */
export const demonymCode = (word: string, language: 'en' | 'fr'): string | null => {
  if (language === 'fr') return frenchDemonymCode(word);
  const entry = /^\p{Lu}/u.test(word) ? nationWord(word) : null;
  return entry?.kind === 'demonym' || (entry && isCountryAcronym(word)) ? entry.code : null;
};

/** A country name in either language ("Norway", "Belgique"), or null. */
export const countryCode = (name: string, language: 'en' | 'fr'): string | null => {
  if (language === 'fr') return frenchCountryCode(name);
  const entry = nationWord(name);
  return entry?.kind === 'country' ? entry.code : null;
};
