/** Spaces that word processors and web pages put where a plain space is meant. */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters that take no room: zero-width space and joiners, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Control characters other than the line feed. */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/**
 * The text in one canonical form: NFC, `\n` line endings, plain spaces (runs collapsed),
 * no invisible or control characters, no trailing spaces on a line.
 */
export const normaliseText = (text: string): string =>
  text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');

const ENDS_A_SENTENCE = /[.!?:;…”"’»)\]]$/;
const STARTS_LOWER = /^[\p{Ll}\d(,]/u;

/** A block whose longest line is within these bounds looks hard-wrapped (e-mail, plain-text exports). */
const WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
/** A wrapped line that comes this close to the block's width was broken by the wrap, not by the writer. */
const WRAP_SLACK = 12;
const OPENS_A_QUOTE = /^[“"«‘]/;

/**
 * Whether `line` goes on from `previous`. In a hard-wrapped block (`width` is its longest line) every
 * line does, except after a sentence that ends well short of the width. Otherwise a line goes on only
 * from a line with no closing punctuation, and never when it opens a quotation (a quote that runs over
 * several paragraphs opens each of them).
 */
const continuesLine = (previous: string, line: string, width: number | null): boolean => {
  if (width !== null) return !ENDS_A_SENTENCE.test(previous) || previous.length >= width - WRAP_SLACK;
  if (ENDS_A_SENTENCE.test(previous) || OPENS_A_QUOTE.test(line)) return false;
  return STARTS_LOWER.test(line) || previous.length >= 50;
};

/**
 * Paragraphs of normalised lines. A blank line always separates paragraphs. When blank lines separate
 * the paragraphs and a block's longest line has 40 to 100 characters, the block is taken as hard-wrapped
 * and joined; otherwise each line is a paragraph of its own unless it continues an unfinished line.
 */
export const splitParagraphs = (lines: readonly string[]): string[] => {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line !== '') blocks[blocks.length - 1]?.push(line);
    else if (blocks[blocks.length - 1]?.length) blocks.push([]);
  }
  const separated = blocks.filter((block) => block.length).length > 1;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const longest = block.reduce((max, line) => Math.max(max, line.length), 0);
    const wrapped = separated && block.length > 1 && longest >= MIN_WRAP_WIDTH && longest <= WRAP_WIDTH;
    const width = wrapped ? longest : null;
    let current: string[] = [];
    for (const line of block) {
      const previous = current[current.length - 1];
      if (previous !== undefined && !continuesLine(previous, line, width)) {
        paragraphs.push(current.join(' '));
        current = [];
      }
      current.push(line);
    }
    if (current.length) paragraphs.push(current.join(' '));
  }
  return paragraphs;
};

/** Letters that Unicode decomposition leaves alone but a reader treats as plain Latin ones. */
// prettier-ignore
const FOLDED_LETTERS: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ı: 'i', ħ: 'h',
  þ: 'th', ð: 'd',
};

/**
 * Lower case, no diacritics, one kind of apostrophe: "Geoană" and "GEOANA" both give "geoana".
 * "Đ" is written "D" or "Dj" in English texts, so both fold to "d": "Đukanović" = "Djukanovic" = "Dukanovic".
 */
export const foldForMatching = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁđĐøØæÆœŒßıħþð]/g, (char) => FOLDED_LETTERS[char] ?? char)
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/dj/g, 'd');
