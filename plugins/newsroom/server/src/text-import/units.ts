import { UNIT_NOUN } from './deployment-phrases';

export interface FoundUnit {
  name: string;
  /** How specific the name is: 3 numbered ("65th ... Brigade"), 2 described or proper, 1 a bare reference. */
  rank: 1 | 2 | 3;
  index: number;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);

/** "65th mechanized infantry brigade" -> "65th Mechanized Infantry Brigade" (small words stay lower case). */
export const titleCase = (text: string): string =>
  text
    .split(' ')
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word.toLowerCase())
        ? word.toLowerCase()
        : word.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()),
    )
    .join(' ');

const NUMBERED = new RegExp(`\\b(\\d{1,3}(?:st|nd|rd|th)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${UNIT_NOUN}))\\b`, 'iu');
const DESCRIBED = new RegExp(
  `\\b((?:${UNIT_NOUN})\\s+of\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:forces|troops|soldiers|units|reservists|personnel))\\b`,
  'iu',
);
const PROPER_NOUNS =
  'Brigade|Battalion|Regiment|Division|Squadron|Battlegroup|Battle Group|Task Force|Contingent|Company';
const PROPER = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:${PROPER_NOUNS})(?:\\s+\\p{Lu}[\\p{L}-]*)?)`,
  'u',
);
const BARE = new RegExp(`\\b(?:${UNIT_NOUN})\\b`, 'i');
const LEADING_ARTICLE = /^(?:The|A|An|This|That|These|Those|Its|Their)\s+/;

const capitalise = (text: string): string => text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());

/**
 * The unit a sentence names, the most specific reading first: a numbered unit
 * ("Türkiye’s 65th mechanized infantry brigade"), a described one ("battalion of NATO reserve forces"),
 * a proper name ("Multinational Battle Group East", "The Turkish Battalion"), or a bare noun.
 */
export const findUnit = (sentence: string): FoundUnit | null => {
  const numbered = NUMBERED.exec(sentence);
  if (numbered?.[1]) return { name: titleCase(numbered[1]), rank: 3, index: numbered.index };
  const described = DESCRIBED.exec(sentence);
  if (described?.[1]) return { name: capitalise(described[1]), rank: 2, index: described.index };
  const proper = PROPER.exec(sentence);
  if (proper?.[1]) {
    const name = proper[1].replace(LEADING_ARTICLE, '').trim();
    const onlyNoun = !/\s/.test(name);
    return { name, rank: onlyNoun ? 1 : 2, index: proper.index };
  }
  const bare = BARE.exec(sentence);
  return bare ? { name: capitalise(bare[0].toLowerCase()), rank: 1, index: bare.index } : null;
};
