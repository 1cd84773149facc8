import { foldForMatching } from './normalise-text';
import { roleWithoutOrganisation } from './person-names';

/** How much a role source is trusted: an appositive ("X, EU Special Representative, ...") beats a title. */
export const ROLE_RANK = { none: 0, rank: 1, title: 2, appositive: 3 } as const;
export type RoleRank = (typeof ROLE_RANK)[keyof typeof ROLE_RANK];

export interface PersonRecord {
  /** As the text first spells it in full. */
  name: string;
  role: string | null;
  roleRank: RoleRank;
  paragraphIndex: number;
  isSpeaker: boolean;
}

export interface Resolution {
  person: PersonRecord;
  /** True when a surname fitted several people and the most recently named one was taken. */
  ambiguous: boolean;
}

const tokensOf = (name: string): string[] => foldForMatching(name).split(/\s+/).filter(Boolean);

export interface PeopleRegistry {
  /** The person this name refers to, added when it is new. Surnames alone resolve to a full name. */
  resolve(name: string, paragraphIndex: number): Resolution;
  /** Gives `person` this role when the source is more trusted than the one it has. */
  offerRole(person: PersonRecord, role: string | null, rank: RoleRank): void;
  /** The one person who holds `role` ("the Secretary General said"), organisation prefixes aside, or null. */
  findByRole(role: string): PersonRecord | null;
  all(): PersonRecord[];
}

/** Whether a short form ("Geoana", "Mr Geoană") can refer to a full name ("Mircea Geoană"). */
const fitsShortForm = (full: readonly string[], short: readonly string[]): boolean => {
  if (short.length >= full.length) return false;
  if (short.length === 1) return full.slice(1).includes(short[0] ?? '');
  return short[short.length - 1] === full[full.length - 1] && short[0] === full[0];
};

export const createPeopleRegistry = (): PeopleRegistry => {
  const people: PersonRecord[] = [];
  const keys = new Map<PersonRecord, string[]>();
  /** Most recent mention last, for ambiguous surnames. */
  const recent: PersonRecord[] = [];

  const touch = (person: PersonRecord): void => {
    const at = recent.indexOf(person);
    if (at >= 0) recent.splice(at, 1);
    recent.push(person);
  };

  const add = (name: string, paragraphIndex: number): PersonRecord => {
    const person: PersonRecord = { name, role: null, roleRank: ROLE_RANK.none, paragraphIndex, isSpeaker: false };
    people.push(person);
    keys.set(person, tokensOf(name));
    return person;
  };

  const resolve = (name: string, paragraphIndex: number): Resolution => {
    const tokens = tokensOf(name);
    const key = tokens.join(' ');
    const same = people.find((person) => keys.get(person)?.join(' ') === key);
    if (same) {
      touch(same);
      return { person: same, ambiguous: false };
    }
    const fitting = people.filter((person) => fitsShortForm(keys.get(person) ?? [], tokens));
    const latest = [...recent].reverse().find((person) => fitting.includes(person)) ?? fitting[0];
    if (latest) {
      touch(latest);
      return { person: latest, ambiguous: fitting.length > 1 };
    }
    // A longer form of a name first seen short ("Geoana", then "Mircea Geoana"): keep one person, the full name.
    const shorter = people.find((person) => fitsShortForm(tokens, keys.get(person) ?? []));
    if (shorter) {
      shorter.name = name;
      keys.set(shorter, tokens);
      touch(shorter);
      return { person: shorter, ambiguous: false };
    }
    const person = add(name, paragraphIndex);
    touch(person);
    return { person, ambiguous: false };
  };

  const offerRole = (person: PersonRecord, role: string | null, rank: RoleRank): void => {
    if (role && rank > person.roleRank) {
      person.role = role;
      person.roleRank = rank;
    }
  };

  const findByRole = (role: string): PersonRecord | null => {
    const bareRole = (text: string | null): string =>
      foldForMatching(roleWithoutOrganisation(text) ?? '').replace(/^the /, '');
    const wanted = bareRole(role).replace(/^(?:le|la|l') ?/, '');
    if (!wanted) return null;
    const holders = people.filter((person) => bareRole(person.role) === wanted);
    if (holders.length === 1) return holders[0] ?? null;
    // "the Minister said" of the "Minister of Defence" named before: the most recently named holder.
    const words = (text: string): string => ` ${text.replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ')} `;
    const containing = people.filter((person) => words(bareRole(person.role)).includes(words(wanted)));
    return [...recent].reverse().find((person) => containing.includes(person)) ?? null;
  };

  return { resolve, offerRole, findByRole, all: () => [...people] };
};
