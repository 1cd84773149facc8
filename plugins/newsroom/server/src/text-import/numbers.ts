export interface FoundNumber {
  value: number;
  index: number;
  end: number;
}

/**
 * Runs of digits and separators, taken whole so that no figure is scanned twice: "4,000",
 * "2023 500", "1.5". `digitFigures` then reads the figures in a run.
 */
const DIGIT_RUN = /\d(?:[\d,. ]*\d)?/g;

/**
 * The figures in a run: "500", "4,000", "4.000" and "4 000" (one separator kind per figure, groups of
 * three after a first group of one to three digits). A decimal ("1.5") is no figure; "2023 500" is two.
 */
const digitFigures = (run: string, offset: number): FoundNumber[] => {
  const parts = run.split(/([,. ])/);
  const found: FoundNumber[] = [];
  let at = 0;
  let position = offset;
  while (at < parts.length) {
    const first = parts[at] ?? '';
    let digits = first;
    let end = at;
    const separator = parts[at + 1];
    if (first.length <= 3 && separator !== undefined) {
      while (parts[end + 1] === separator && (parts[end + 2] ?? '').length === 3) {
        digits += parts[end + 2] ?? '';
        end += 2;
      }
    }
    const text = parts.slice(at, end + 1).join('');
    const next = parts[end + 1];
    const fraction = parts[end + 2] ?? '';
    const decimal = (next === '.' || next === ',') && end === at && fraction !== '' && fraction.length !== 3;
    const value = Number(digits);
    if (!decimal && digits && Number.isSafeInteger(value)) {
      found.push({ value, index: position, end: position + text.length });
    }
    position += text.length + (next?.length ?? 0);
    at = decimal ? end + 4 : end + 2;
    if (decimal) position += fraction.length + (parts[end + 3]?.length ?? 0);
  }
  return found;
};

// prettier-ignore
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000 };
const NUMBER_WORDS = [...Object.keys(UNITS), 'hundred', ...Object.keys(SCALES)].sort((a, b) => b.length - a.length);
const WORD = `(?:${NUMBER_WORDS.join('|')})`;

/** "five hundred", "two thousand five hundred", "twenty-five", "a thousand". */
const WORDS = new RegExp(`\\b(?:an? (?=hundred|thousand))?${WORD}(?:(?: and |[ -])${WORD})*\\b`, 'gi');

/** The value of a run of number words, or null when it does not read as one number. */
const wordsValue = (phrase: string): number | null => {
  let total = 0;
  let current = 0;
  let seen = false;
  let article = false;
  for (const word of phrase.toLowerCase().split(/[ -]+/)) {
    if (word === 'a' || word === 'an' || word === 'and') {
      article = article || !seen;
      continue;
    }
    // "million" alone (as in "1.5 million") is no figure; "a million" is.
    if (!seen && !article && (word === 'hundred' || SCALES[word] !== undefined)) return null;
    seen = true;
    const unit = UNITS[word];
    const scale = SCALES[word];
    if (unit !== undefined) current += unit;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return null;
  }
  return seen ? total + current : null;
};

/** Every figure in `text`, digits or words, in order. */
export const findNumbers = (text: string): FoundNumber[] => {
  const found: FoundNumber[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match; match = DIGIT_RUN.exec(text)) {
    const after = text[match.index + match[0].length] ?? '';
    const figures = digitFigures(match[0], match.index);
    // An ordinal or a code ("65th", "F16A") is no figure; neither is a run glued to letters.
    if (/\p{L}/u.test(after)) figures.pop();
    if (/\p{L}/u.test(text[match.index - 1] ?? '')) figures.shift();
    found.push(...figures);
  }
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(text); match; match = WORDS.exec(text)) {
    const value = wordsValue(match[0]);
    if (value !== null) found.push({ value, index: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
};
