import { foldForMatching } from './normalise-text';
import type { KnownPerson, RecordMatch } from './types';

const words = (name: string): string[] => foldForMatching(name).replace(/\./g, '').split(/\s+/).filter(Boolean);

/** "Mircea" and "M" fit each other; "Mircea" and "Marius" do not. */
const givenNamesFit = (a: string | undefined, b: string | undefined): boolean =>
  !a || !b || a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * The known person a name in the text stands for: the same name ignoring case and diacritics
 * ("Miroslav Lajcak" = "Miroslav Lajčák"), else the only known person with that surname whose
 * given name does not contradict it ("Geoana", "M. Geoană").
 */
export const matchKnownPerson = (name: string, known: readonly KnownPerson[]): RecordMatch | null => {
  const target = words(name);
  if (!target.length) return null;
  const key = target.join(' ');
  const exact = known.find((person) => words(person.name).join(' ') === key);
  if (exact) return { documentId: exact.documentId, name: exact.name };
  const surname = target[target.length - 1];
  const sameSurname = known.filter((person) => {
    const theirs = words(person.name);
    if (theirs.length < 2 && target.length < 2) return false;
    return theirs[theirs.length - 1] === surname;
  });
  const [only] = sameSurname;
  if (sameSurname.length !== 1 || !only) return null;
  const theirs = words(only.name);
  const fits = target.length === 1 || theirs.length === 1 || givenNamesFit(target[0], theirs[0]);
  return fits ? { documentId: only.documentId, name: only.name } : null;
};
