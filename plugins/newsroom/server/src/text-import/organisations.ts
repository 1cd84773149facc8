import { foldForMatching } from './normalise-text';
import type { KnownOrganisation, ProposedOrganisation, RecordMatch } from './types';

/** Full names a release often spells out, and the acronym each goes by. Longest first when matching. */
const WELL_KNOWN: ReadonlyArray<readonly [string, string]> = [
  ['North Atlantic Treaty Organization', 'NATO'],
  ['North Atlantic Treaty Organisation', 'NATO'],
  ['North Atlantic Council', 'NAC'],
  ['European Union', 'EU'],
  ['European Commission', 'EC'],
  ['European Parliament', 'EP'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['Organisation for Security and Co-operation in Europe', 'OSCE'],
  ['United Nations Security Council', 'UNSC'],
  ['United Nations', 'UN'],
  ['Kosovo Force', 'KFOR'],
  ['European Union Rule of Law Mission in Kosovo', 'EULEX'],
  ['United Nations Interim Administration Mission in Kosovo', 'UNMIK'],
  ['Supreme Headquarters Allied Powers Europe', 'SHAPE'],
  ['Allied Joint Force Command Naples', 'JFC Naples'],
  ['International Committee of the Red Cross', 'ICRC'],
];

/** Capitals that are no organisation: numerals, time zones, common abbreviations, countries. */
// prettier-ignore
const NOT_ORGANISATIONS = new Set([
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'AM', 'PM', 'CET', 'CEST', 'UTC', 'GMT', 'OK', 'TV', 'ID',
  'US', 'USA', 'UK', 'UAE', 'DRC', 'UNSCR', 'RE', 'FYI', 'PS', 'NB', 'ENDS', 'END', 'NOTE', 'NOTES', 'EDITORS', 'PDF',
]);

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,7}(?![\p{L}\p{N}])/gu;

interface Entry {
  name: string;
  shortName: string | null;
  mentions: number;
  paragraphIndex: number;
  /** Offset of the first mention in its paragraph. */
  index: number;
}

const wordBounded = (haystack: string, at: number, length: number): boolean =>
  !/[\p{L}\p{N}]/u.test(haystack[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(haystack[at + length] ?? '');

interface Occurrences {
  count: number;
  first: number;
}

/**
 * Whole-phrase occurrences of `needle` (lower case) in `haystack` (lower case) not inside a longer
 * name already taken; marks them taken.
 */
const takeAll = (haystack: string, needle: string, taken: Uint8Array): Occurrences => {
  const found: Occurrences = { count: 0, first: -1 };
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (taken[at] || taken[at + needle.length - 1] || !wordBounded(haystack, at, needle.length)) continue;
    taken.fill(1, at, at + needle.length);
    if (found.first < 0) found.first = at;
    found.count += 1;
  }
  return found;
};

const matchKnown = (entry: Entry, known: readonly KnownOrganisation[]): RecordMatch | null => {
  const names = [entry.name, entry.shortName].filter((name): name is string => !!name).map(foldForMatching);
  const hit = known.find((organisation) =>
    [organisation.name, organisation.shortName]
      .filter((name): name is string => !!name)
      .some((name) => names.includes(foldForMatching(name))),
  );
  return hit ? { documentId: hit.documentId, name: hit.name } : null;
};

/**
 * The organisations a text names, in order of first mention: the caller's known ones (by name or
 * short name, ignoring case), well-known full names, and acronyms. "European Union" and "EU" count as
 * one organisation, named in full when the caller or the built-in list knows the full name.
 */
export const findOrganisations = (
  paragraphs: readonly string[],
  known: readonly KnownOrganisation[] = [],
): ProposedOrganisation[] => {
  const entries = new Map<string, Entry>();
  const note = (
    key: string,
    name: string,
    shortName: string | null,
    found: Occurrences,
    paragraphIndex: number,
  ): void => {
    if (!found.count) return;
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, { name, shortName, mentions: found.count, paragraphIndex, index: found.first });
      return;
    }
    entry.mentions += found.count;
    if (paragraphIndex === entry.paragraphIndex && found.first < entry.index) entry.index = found.first;
  };
  const phrases: Array<readonly [string, string | null]> = [
    ...known.map((o) => [o.name, o.shortName ?? null] as const),
    ...known
      .filter((o) => o.shortName && !/^\p{Lu}{2,7}$/u.test(o.shortName))
      .map((o) => [o.shortName ?? '', o.shortName ?? null] as const),
    ...WELL_KNOWN,
  ]
    .filter(([name]) => name.trim().length > 1)
    .sort((a, b) => b[0].length - a[0].length);
  const fullName = (acronym: string): string =>
    phrases.find(([name, shortName]) => shortName === acronym && name !== acronym)?.[0] ?? acronym;

  paragraphs.forEach((paragraph, paragraphIndex) => {
    const lower = paragraph.toLowerCase();
    const taken = new Uint8Array(lower.length);
    for (const [name, shortName] of phrases) {
      const found = takeAll(lower, name.toLowerCase(), taken);
      note(
        shortName ?? foldForMatching(name),
        name === shortName ? fullName(name) : name,
        shortName,
        found,
        paragraphIndex,
      );
    }
    // A paragraph in capitals ("PRESS RELEASE", a shouted heading) has words, not acronyms.
    if (paragraph.replace(/[^\p{Ll}]/gu, '').length < paragraph.length / 10) return;
    const acronyms = new Map<string, Occurrences>();
    ACRONYM.lastIndex = 0;
    for (let match = ACRONYM.exec(paragraph); match; match = ACRONYM.exec(paragraph)) {
      if (taken[match.index] || NOT_ORGANISATIONS.has(match[0])) continue;
      const found = acronyms.get(match[0]) ?? { count: 0, first: match.index };
      found.count += 1;
      acronyms.set(match[0], found);
    }
    for (const [acronym, found] of acronyms) note(acronym, fullName(acronym), acronym, found, paragraphIndex);
  });

  return [...entries.values()]
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.index - b.index)
    .map((entry) => ({
      name: entry.name,
      shortName: entry.shortName,
      mentions: entry.mentions,
      organisationMatch: matchKnown(entry, known),
      paragraphIndex: entry.paragraphIndex,
    }));
};
