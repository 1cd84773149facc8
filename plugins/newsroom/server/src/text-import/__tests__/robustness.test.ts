import { parsePressRelease } from '../parse-press-release';
import type { ImportProposal } from '../parse-press-release';

/** Generous: the parser reads each of these in well under a second; a regex that backtracks would take minutes. */
const CEILING_MS = 20_000;
const SIZE = 200_000;

/** Deterministic pseudo-random text, so that a failure can be reproduced. */
const randomText = (length: number, alphabet: string, seed = 7): string => {
  let state = seed;
  const chars: string[] = [];
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    chars.push(alphabet[(state >>> 8) % alphabet.length] ?? ' ');
  }
  return chars.join('');
};

const randomWords = (length: number, words: readonly string[]): string => {
  let state = 11;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += `${words[(state >>> 8) % words.length]} `;
  }
  return text;
};

const expectWellFormed = (proposal: ImportProposal): void => {
  expect(Array.isArray(proposal.paragraphs)).toBe(true);
  expect(proposal.notes.some((note) => note.message.includes('could not be fully read'))).toBe(false);
  for (const quote of proposal.quotes) expect(typeof quote.text).toBe('string');
  for (const deployment of proposal.deployments) {
    expect(deployment.personnelCount === null || Number.isSafeInteger(deployment.personnelCount)).toBe(true);
  }
};

const PATHOLOGICAL: Record<string, string> = {
  'a run of periods': `${'.'.repeat(SIZE)}a`,
  'a run of commas before a letter': `${','.repeat(SIZE)}a`,
  'a run of spaces inside a line': `a${' '.repeat(SIZE)}a`,
  'figures separated by spaces': `${'100 '.repeat(SIZE / 4)}x`,
  'figures separated by commas, then an ordinal': `${'1,000'.repeat(SIZE / 5)}th`,
  'decimals without end': `${'1.'.repeat(SIZE / 2)}a`,
  'opening quotation marks only': '“'.repeat(SIZE),
  'straight quotation marks': '"a '.repeat(SIZE / 3),
  'short quotes with pronouns': '“a,” he said. '.repeat(SIZE / 14),
  'courtesy titles': 'Mr. '.repeat(SIZE / 4),
  'role words': 'Deputy Secretary General '.repeat(SIZE / 25),
  'names with appositives': 'Ambassador John Smith, EU Special Representative, said '.repeat(SIZE / 55),
  capitals: 'ABCDEFGH'.repeat(SIZE / 8),
  'troop figures in one endless sentence': 'around 500 Turkish troops arrived in Kosovo on 5 June 2023 '.repeat(
    SIZE / 60,
  ),
  'troop figures in many sentences': 'Around 500 Turkish troops arrived in Kosovo on 5 June 2023. '.repeat(SIZE / 60),
  'resolutions and missions': 'Resolution 1244 of 1999 KFOR mission '.repeat(SIZE / 37),
  'number words': `${'one '.repeat(SIZE / 4)}x`,
  dashes: '– -'.repeat(SIZE / 3),
  'French attributions': '« a », a déclaré la ministre de la Défense, '.repeat(SIZE / 45),
  'French offices before commas': 'La ministre de la Défense, '.repeat(SIZE / 27),
  'French unit phrases': 'une compagnie d’infanterie danoise de '.repeat(SIZE / 38),
  'guillemets only': '« '.repeat(SIZE / 2),
  'line breaks': '\r\n'.repeat(SIZE / 2),
  'short lines': 'Short line without stop\n'.repeat(SIZE / 24),
  'country names': 'Bosnia and Herzegovina and '.repeat(SIZE / 26),
  'random printable characters': randomText(
    SIZE,
    ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:“”"’()–\n',
  ),
};

describe('parsePressRelease never throws and stays linear', () => {
  it.each(Object.keys(PATHOLOGICAL))(
    'reads 200 KB of %s',
    (name) => {
      expectWellFormed(parsePressRelease(PATHOLOGICAL[name]!));
    },
    CEILING_MS,
  );

  it(
    'reads 1 MB of random text made of release words and punctuation',
    () => {
      const words = [
        'the',
        'NATO',
        'troops',
        '500',
        'said',
        '“',
        '”',
        '"',
        'Mr.',
        'Geoană',
        'Secretary',
        'General',
        'Kosovo',
        'deployed',
        'on',
        '5',
        'June',
        '2023',
        ',',
        '.',
        '\n',
        '\n\n',
        'Turkish',
        'battalion',
        'alert',
        'he',
        'added',
        'around',
        'well',
        'over',
        '4,000',
        'Resolution',
        '1244',
        'KFOR',
        'Ambassador',
        'Lajcak',
        'EU',
        'up to',
        'Türkiye’s',
      ];
      const proposal = parsePressRelease(randomWords(1_000_000, words));
      expectWellFormed(proposal);
      expect(proposal.paragraphs.length).toBeGreaterThan(1);
      expect(proposal.notes.length).toBeLessThanOrEqual(101);
    },
    CEILING_MS,
  );

  it(
    'reads 1 MB of random text made of French release words and punctuation',
    () => {
      // prettier-ignore
      const words = ['la', 'ministre', '«', '»', 'a déclaré', 'a ajouté', 'le', 'commandant', 'de', 'Force', ',', '.',
        '\n', '\n\n', 'une', 'compagnie', 'd’infanterie', 'danoise', '250', 'soldats', 'est', 'arrivée', 'à', 'Ādaži',
        '3', 'mai', '2024', 'Bruxelles', '–', 'l’amiral', 'Rob', 'Bauer', 'a-t-il', 'environ', 'sera', 'déployée',
        'pourrait', 'suivre', 'détachement', 'aérien', 'allemand', '(FINUL)', 'mission', 'Aigle', ':', '-'];
      const proposal = parsePressRelease(randomWords(1_000_000, words));
      expectWellFormed(proposal);
      expect(proposal.language).toBe('fr');
      expect(proposal.notes.length).toBeLessThanOrEqual(101);
    },
    CEILING_MS,
  );

  it(
    'reads 1 MB of random Unicode',
    () => {
      let state = 3;
      const chars: string[] = [];
      for (let i = 0; i < 1_000_000; i += 1) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        chars.push(String.fromCharCode((state >>> 8) % 0xffff));
      }
      expectWellFormed(parsePressRelease(chars.join('')));
    },
    CEILING_MS,
  );

  it('treats a value that is not a string, from an untyped caller, as empty text', () => {
    const proposal = parsePressRelease(undefined as unknown as string);
    expect(proposal.paragraphs).toEqual([]);
    expect(proposal.title).toBeNull();
  });

  it('ignores a referenceDate that is no date', () => {
    const proposal = parsePressRelease('Title here\nTroops will arrive on 5 June.', { referenceDate: 'soon' });
    expectWellFormed(proposal);
    expect(proposal.deployments[0]?.arrivalDate ?? null).toBeNull();
  });
});
