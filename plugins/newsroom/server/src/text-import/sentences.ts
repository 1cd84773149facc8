export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

/** Words that end with a period without ending the sentence (compared in lower case). */
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'adm', 'sgt', 'cdr', 'brig',
  'rev', 'hon', 'amb', 'sen', 'rep', 'gov', 'pres', 'no', 'nos', 'art', 'para', 'fig', 'jr', 'sr', 'vs', 'etc',
  'approx', 'ca', 'cf', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'h.e', 'jan', 'feb', 'apr', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec',
]);

const BOUNDARY = /(?<![.!?…])[.!?…]+[”"’)»\]]*[ \n]+/g;
const OPENS_A_SENTENCE = /[\p{Lu}\d“"‘«(\[]/u;

const wordBefore = (text: string, end: number): string => {
  let start = end;
  while (start > 0 && end - start < 12 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end);
};

/** True when the period at `dot` belongs to an abbreviation or an initial ("Mr.", "J."). */
const isAbbreviation = (text: string, dot: number): boolean => {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
};

/** The sentences of a paragraph, each with its offset. Never empty for a non-blank paragraph. */
export const splitSentences = (paragraph: string): Sentence[] => {
  const sentences: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(paragraph); match; match = BOUNDARY.exec(paragraph)) {
    const end = match.index + match[0].length;
    const next = paragraph[end] ?? '';
    if (!OPENS_A_SENTENCE.test(next)) continue;
    if (match[0][0] === '.' && isAbbreviation(paragraph, match.index)) continue;
    const text = paragraph.slice(start, end).trim();
    if (text) sentences.push({ text, start });
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push({ text: rest, start });
  return sentences;
};
