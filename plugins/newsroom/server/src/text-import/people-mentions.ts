import { foldForMatching } from './normalise-text';
import { ROLE_RANK } from './people-registry';
import type { RoleRank } from './people-registry';
import { isCourtesyTitle, isNameWord, isParticle, isRoleHead, isRoleWord } from './person-names';
import { tokenise } from './tokens';
import type { Token } from './tokens';
import type { KnownPerson } from './types';

export interface PersonMention {
  name: string;
  role: string | null;
  rank: RoleRank;
  paragraphIndex: number;
  /** Offset of the name in the paragraph. */
  index: number;
}

const MAX_NAME_WORDS = 4;
const MAX_ROLE_WORDS = 24;

/** Titles that are also ranks: "Ambassador Lajcak" says something about him even without a fuller role. */
const RANKS = new Set(['ambassador', 'general', 'admiral', 'colonel', 'captain', 'commander', 'major', 'lieutenant']);

const isNameStart = (token: Token | undefined): token is Token =>
  token !== undefined && !token.opens && isNameWord(token.word) && !isRoleWord(token.word);

/** The name that starts at `from`: name words and particles, up to the first punctuation. */
const nameAt = (tokens: readonly Token[], from: number): number => {
  let end = from;
  while (end - from < MAX_NAME_WORDS) {
    const token = tokens[end];
    if (!token || (end > from && token.opens)) break;
    const particle = isParticle(token.word) && isNameStart(tokens[end + 1]);
    if (!particle && !(isNameWord(token.word) && !isRoleWord(token.word))) break;
    end += 1;
    if (token.closes) break;
  }
  return end;
};

/** The role words that end at `head` ("NATO Deputy Secretary General"), as written. */
const roleBefore = (text: string, tokens: readonly Token[], head: number): { role: string | null; rank: RoleRank } => {
  let start = head;
  while (start > 0 && head - start < MAX_ROLE_WORDS) {
    const previous = tokens[start - 1] as Token;
    if (previous.closes || tokens[start]?.opens || !isRoleWord(previous.word)) break;
    start -= 1;
  }
  while (start < head && (!/^\p{Lu}/u.test(tokens[start]?.word ?? '') || isCourtesyTitle(tokens[start]?.word ?? ''))) {
    start += 1;
  }
  const first = tokens[start];
  const last = tokens[head];
  if (!first || !last || isCourtesyTitle(last.word)) return { role: null, rank: ROLE_RANK.none };
  const role = text.slice(first.index, last.end);
  const rank = start === head && RANKS.has(last.word.toLowerCase()) ? ROLE_RANK.rank : ROLE_RANK.title;
  return { role, rank };
};

/** ", EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues," */
const appositiveAfter = (text: string, tokens: readonly Token[], nameEnd: number): string | null => {
  const nameLast = tokens[nameEnd - 1];
  if (!nameLast || nameLast.closes !== ',') return null;
  let end = nameEnd;
  while (end < tokens.length && end - nameEnd < MAX_ROLE_WORDS && !tokens[end]?.closes) end += 1;
  const first = tokens[nameEnd];
  const last = tokens[end];
  if (!first || !last || !/^[,;]$/.test(last.closes) || !isRoleWord(first.word)) return null;
  const words = tokens.slice(nameEnd, end + 1);
  if (!words.some((token) => isRoleHead(token.word) && /^\p{Lu}/u.test(token.word))) return null;
  return text.slice(first.index, last.end).replace(/^the\s+/i, '');
};

/**
 * People introduced in a paragraph: after a courtesy title ("Mr. Geoana", "Ambassador Miroslav Lajcak")
 * or a role ("NATO Deputy Secretary General Mircea Geoană"), with the role before the name or in an
 * appositive after it.
 */
export const findPersonMentions = (paragraph: string, paragraphIndex: number): PersonMention[] => {
  const tokens = tokenise(paragraph);
  const mentions: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const introduces =
      isCourtesyTitle(token.word) || (/^\p{Lu}/u.test(token.word) && (isRoleHead(token.word) || endsRole(tokens, i)));
    if (!introduces || token.closes || !isNameStart(tokens[i + 1])) continue;
    const end = nameAt(tokens, i + 1);
    const name = tokens
      .slice(i + 1, end)
      .map((t) => t.word)
      .join(' ');
    const before = roleBefore(paragraph, tokens, i);
    const appositive = appositiveAfter(paragraph, tokens, end);
    mentions.push({
      name,
      role: appositive ?? before.role,
      rank: appositive ? ROLE_RANK.appositive : before.rank,
      paragraphIndex,
      index: tokens[i + 1]?.index ?? token.index,
    });
    i = end - 1;
  }
  return [...mentions, ...officeThenName(paragraph, tokens, paragraphIndex)].sort((a, b) => a.index - b.index);
};

/** "Minister of Defence Kajsa Ollongren": a capitalised role word that closes a role with a head in it. */
const endsRole = (tokens: readonly Token[], i: number): boolean => {
  if (!isRoleWord(tokens[i]?.word ?? '')) return false;
  for (let k = i - 1; k >= 0 && i - k <= 6; k -= 1) {
    const token = tokens[k] as Token;
    if (token.closes || !isRoleWord(token.word)) return false;
    if (isRoleHead(token.word)) return true;
  }
  return false;
};

/** Ranks between an office and a name: "…, Lieutenant General Aroldo Lázaro, …". */
// prettier-ignore
const RANK_WORDS = new Set(['general', 'admiral', 'lieutenant', 'major', 'vice', 'rear', 'brigadier', 'colonel', 'air',
  'marshal', 'commodore', 'captain']);

/**
 * "The Chair of the NATO Military Committee, Admiral Rob Bauer, …": the office is the phrase before the
 * comma; the rank after it belongs with the name.
 */
const officeThenName = (paragraph: string, tokens: readonly Token[], paragraphIndex: number): PersonMention[] => {
  const mentions: PersonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const token = tokens[i] as Token;
    if (token.closes !== ',' || !isRoleWord(token.word)) continue;
    let j = i + 1;
    // "…, Admiral Rob Bauer": a rank; "…, Foreign Minister Ian Borg": a second office, the first one stands.
    while (
      j < tokens.length &&
      j - i <= 5 &&
      !tokens[j]?.closes &&
      (RANK_WORDS.has((tokens[j]?.word ?? '').toLowerCase()) || (isRoleWord(tokens[j]?.word ?? '') && /^\p{Lu}/u.test(tokens[j]?.word ?? '')))
    ) {
      j += 1;
    }
    if (!isNameStart(tokens[j])) continue;
    const end = nameAt(tokens, j);
    const office = roleBefore(paragraph, tokens, i);
    const role = office.role?.replace(/^(?:The|the)\s+/, '').replace(/,$/, '') ?? null;
    if (!role || !role.split(/\s+/).some((word) => isRoleHead(word))) continue;
    const name = tokens
      .slice(j, end)
      .map((t) => t.word)
      .join(' ');
    mentions.push({ name, role, rank: ROLE_RANK.appositive, paragraphIndex, index: tokens[j]?.index ?? token.index });
    i = end - 1;
  }
  return mentions;
};

/** Known people named in full in the paragraph, without a title ("Mircea Geoană met ..."). */
export const findKnownPeople = (
  paragraph: string,
  paragraphIndex: number,
  known: readonly KnownPerson[],
): PersonMention[] => {
  if (!known.length) return [];
  const byFirstWord = new Map<string, string[][]>();
  for (const person of known) {
    const words = foldForMatching(person.name).split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    byFirstWord.set(words[0] ?? '', [...(byFirstWord.get(words[0] ?? '') ?? []), words]);
  }
  const tokens = tokenise(paragraph);
  const folded = tokens.map((token) => foldForMatching(token.word));
  const mentions: PersonMention[] = [];
  tokens.forEach((token, i) => {
    for (const words of byFirstWord.get(folded[i] ?? '') ?? []) {
      if (words.every((word, k) => folded[i + k] === word)) {
        const name = paragraph.slice(token.index, tokens[i + words.length - 1]?.end ?? token.end);
        mentions.push({ name, role: null, rank: ROLE_RANK.none, paragraphIndex, index: token.index });
      }
    }
  });
  return mentions;
};
