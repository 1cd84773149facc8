/**
 * Serbian Cyrillic to Serbian Latin (the official one-to-one correspondence, with the digraphs
 * Lj, Nj, Dž). Slugs of `sr-Cyrl` and `sr-Latn` titles meet because both go through Latin.
 */
const LOWER: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

const upperFirst = (latin: string): string => latin.charAt(0).toUpperCase() + latin.slice(1);

const MAP: Record<string, string> = Object.fromEntries(
  Object.entries(LOWER).flatMap(([cyr, lat]) => [
    [cyr, lat],
    [cyr.toUpperCase(), upperFirst(lat)],
  ]),
);

const SERBIAN_CYRILLIC = /[\u0400-\u04FF]/g;

export const serbianCyrillicToLatin = (text: string): string =>
  text.replace(SERBIAN_CYRILLIC, (char) => MAP[char] ?? char);
