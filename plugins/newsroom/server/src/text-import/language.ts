/** The languages the import reads. */
export type TextLanguage = 'en' | 'fr';

// prettier-ignore
const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'à', 'au', 'aux', 'pour', 'dans', 'sur', 'avec', 'par', 'qui',
  'que', 'sont', 'été', 'a', 'ont', 'sera', 'ce', 'cette', 'ses', 'leur', 'nous', 'nos', 'déclaré', 'ajouté',
]);
// prettier-ignore
const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'are', 'was', 'were', 'for', 'with', 'by', 'on', 'that', 'this', 'will',
  'has', 'have', 'said', 'added', 'from', 'at', 'its', 'their', 'our', 'we',
]);

/** Enough words to decide; the rest of a long text changes nothing. */
const SAMPLE_WORDS = 2000;

/**
 * The language of a release, English or French, from its function words ("the", "of" against "le",
 * "des"). English when the text gives no sign either way.
 */
export const detectLanguage = (text: string): TextLanguage => {
  let french = 0;
  let english = 0;
  let seen = 0;
  const words = /[\p{L}’']+/gu;
  for (let match = words.exec(text); match && seen < SAMPLE_WORDS; match = words.exec(text)) {
    seen += 1;
    const word = match[0].toLowerCase().replace(/^(?:l|d|qu|n|s|c|j)['’]/, '');
    if (/^(?:l|d|qu)['’]/.test(match[0].toLowerCase())) french += 1;
    if (FRENCH.has(word)) french += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  return french > english ? 'fr' : 'en';
};
