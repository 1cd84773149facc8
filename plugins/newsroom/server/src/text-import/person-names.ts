import { nationCode, nationWord } from './nations';

/** Courtesy titles: removed from a name, and no role. */
// prettier-ignore
const COURTESY = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'mme', 'h.e',
]);

/** Words that head a role: a capitalised name right after one of them is a person. */
// prettier-ignore
const ROLE_HEADS = new Set([
  'secretary', 'secretary-general', 'under-secretary-general', 'minister', 'president', 'vice-president', 'premier',
  'ambassador', 'commander', 'admiral', 'general', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director',
  'director-general', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'envoy', 'commissioner',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'senator', 'governor', 'mayor', 'colonel', 'lieutenant',
  'major', 'captain', 'brigadier', 'marshal', 'sergeant', 'officer', 'coordinator', 'adviser', 'advisor', 'rapporteur',
  'chief', 'head', 'leader', 'speaker', 'excellency', 'majesty', 'highness',
]);

/** Words that only build a role around a head ("Deputy", "Foreign", "of the", "Affairs"). */
// prettier-ignore
const ROLE_PARTS = new Set([
  'deputy', 'assistant', 'vice', 'under', 'special', 'high', 'supreme', 'allied', 'senior', 'acting', 'permanent',
  'executive', 'foreign', 'defence', 'defense', 'interior', 'prime', 'first', 'rear', 'air', 'military', 'committee',
  'staff', 'affairs', 'state', 'operations', 'policy', 'public', 'diplomacy', 'security', 'intelligence', 'council',
  'europe', 'transformation', 'force', 'forces', 'commanding', 'joint', 'national', 'federal', 'his', 'her', 'royal',
  'mission', 'delegation', 'press', 'army', 'navy', 'european', 'commission', 'union', 'united', 'nations', 'atlantic',
  'north', 'parliament', 'assembly', 'treaty', 'organization', 'organisation', 'alliance', 'headquarters', 'justice',
  'finance', 'home', 'office', 'of', 'the', 'for', 'and', 'to', 'on', 'in', 'a', 'an', 'peace', 'peacekeeping',
  'command', 'armed', 'planning', 'conduct', 'capability', 'chairperson-in-office', 'defence', 'relations', 'armies',
]);

/** Lower-case words allowed inside a name. */
// prettier-ignore
const PARTICLES = new Set([
  'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al',
  'el', 'zu', 'af',
]);

/** Capitalised words that never start a name. */
// prettier-ignore
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'the', 'a', 'an', 'this',
  'that', 'allies', 'ally', 'in', 'on', 'at', 'and', 'but', 'also', 'both', 'while', 'when', 'after', 'before',
]);

const PRONOUNS = new Set(['he', 'she', 'they']);

/** Small words that join the parts of a role and never end one. */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'to', 'on', 'in', 'a', 'an']);

const bare = (token: string): string =>
  token
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');

export const isCourtesyTitle = (token: string): boolean => COURTESY.has(bare(token));
export const isRoleHead = (token: string): boolean => ROLE_HEADS.has(bare(token));
export const isPronoun = (token: string): boolean => PRONOUNS.has(token.toLowerCase());

const isAcronym = (token: string): boolean => /^\p{Lu}[\p{Lu}\d&-]{1,7}(?:['’]s)?$/u.test(token);

/** True for a word that can belong to a role: a role word, an acronym, a nationality, a country. */
export const isRoleWord = (token: string): boolean => {
  const word = bare(token);
  return (
    ROLE_HEADS.has(word) ||
    ROLE_PARTS.has(word) ||
    isAcronym(token) ||
    nationCode(token.replace(/['’]s$/, '')) !== null ||
    word.split('-').every((part) => ROLE_HEADS.has(part) || ROLE_PARTS.has(part))
  );
};

/** A word that can be part of a personal name: "Geoană", "O’Brien", "Jean-Pierre", "J.", or a particle. */
export const isNameWord = (token: string): boolean =>
  /^\p{Lu}[\p{Ll}\p{Lu}’'-]*\p{L}$|^\p{Lu}\.$/u.test(token) && !NOT_NAMES.has(token.toLowerCase());

export const isParticle = (token: string): boolean => PARTICLES.has(token);

export interface SpeakerPhrase {
  name: string | null;
  /** The role as written before or beside the name, organisation prefix kept. */
  role: string | null;
  pronoun: boolean;
}

const NONE: SpeakerPhrase = { name: null, role: null, pronoun: false };

/** The name at the end of `tokens` once the role words before it are removed. */
const splitRoleAndName = (tokens: readonly string[]): SpeakerPhrase => {
  let start = 0;
  while (start < tokens.length && isCourtesyTitle(tokens[start] ?? '')) start += 1;
  if (tokens[start]?.toLowerCase() === 'the') start += 1;
  let nameStart = start;
  while (nameStart < tokens.length && isRoleWord(tokens[nameStart] ?? '')) nameStart += 1;
  // "Ambassador Miroslav Lajcak": stop the role at the last head or part before the name.
  while (nameStart < tokens.length && isCourtesyTitle(tokens[nameStart] ?? '')) nameStart += 1;
  const nameTokens = tokens.slice(nameStart);
  const roleTokens = tokens.slice(start, nameStart).filter((token) => !isCourtesyTitle(token));
  while (CONNECTORS.has((roleTokens[roleTokens.length - 1] ?? '').toLowerCase())) roleTokens.pop();
  const nameOk =
    nameTokens.length > 0 &&
    nameTokens.length <= 5 &&
    isNameWord(nameTokens[0] ?? '') &&
    nameTokens.every((token) => isNameWord(token) || isParticle(token));
  const role = roleTokens.length && roleTokens.some((token) => isRoleHead(token)) ? roleTokens.join(' ') : null;
  if (nameOk) return { name: nameTokens.join(' '), role, pronoun: false };
  if (!nameTokens.length) return { name: null, role, pronoun: false };
  // "Speaking in Brussels Geoană": the name is the run of name words at the end.
  let tail = nameTokens.length;
  while (
    tail > 0 &&
    nameTokens.length - tail < 4 &&
    (isNameWord(nameTokens[tail - 1] ?? '') || isParticle(nameTokens[tail - 1] ?? ''))
  ) {
    tail -= 1;
  }
  while (tail < nameTokens.length && !isNameWord(nameTokens[tail] ?? '')) tail += 1;
  const name = nameTokens.slice(tail).join(' ');
  return { name: name || null, role: null, pronoun: false };
};

/**
 * Who a phrase names: "Deputy Secretary General Geoană" -> { name: "Geoană", role: "Deputy Secretary General" },
 * "Jens Stoltenberg, NATO Secretary General" -> name and role, "he" -> pronoun, "the Secretary General" -> role only.
 */
export const parseSpeakerPhrase = (phrase: string): SpeakerPhrase => {
  if (phrase.length > 200) return NONE;
  const clean = phrase.replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '');
  if (!clean) return NONE;
  if (isPronoun(clean)) return { ...NONE, pronoun: true };
  const parts = clean.split(/\s*,\s*/).filter(Boolean);
  if (parts.length > 3) return NONE;
  const parsed = parts.map((part) => splitRoleAndName(part.split(' ')));
  const named = parsed.find((candidate) => candidate.name !== null);
  if (!named) return parsed.find((candidate) => candidate.role !== null) ?? NONE;
  const appositive = parts.find((part, i) => parsed[i] !== named && parsed[i]?.role !== null && part);
  return { name: named.name, role: appositive?.replace(/^the\s+/i, '') ?? named.role, pronoun: false };
};

/** "NATO Deputy Secretary General" -> "Deputy Secretary General"; "NATO’s Secretary General" -> "Secretary General". */
export const roleWithoutOrganisation = (role: string | null): string | null => {
  if (role === null) return null;
  const tokens = role.split(' ').filter((token) => !isDemonym(token));
  let start = 0;
  while (start < tokens.length - 1 && isOrganisation(tokens[start] ?? '')) start += 1;
  if (start > 0 && tokens[start]?.toLowerCase() === 'the') start += 1;
  return tokens.slice(start).join(' ') || null;
};

/** Organisations whose name before an office says where, not what: "NATO Secretary General". */
const ORGANISATIONS = new Set(['NATO', 'EU', 'UN', 'OSCE', 'AU', 'OTAN', 'UE', 'ONU', 'UNSC', 'NAC']);
const isOrganisation = (token: string): boolean => ORGANISATIONS.has(token.replace(/['’]s$/, ''));
/** "Estonian Minister of Defence" -> "Minister of Defence": the nationality is no part of the office. */
const isDemonym = (token: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(token) && nationWord(token)?.kind === 'demonym';
