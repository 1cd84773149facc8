import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import en from '../../../../admin/src/translations/en.json';
import fr from '../../../../admin/src/translations/fr.json';
import { parsePressRelease } from '../../text-import/parse-press-release';
import { codeNote, NOTE_CODES } from '../import-notes';
import { toImportProposal } from '../import-proposal';

const CORPUS = join(__dirname, '../../../../../../bench/import-corpus/dev');
const texts = [
  ...readdirSync(CORPUS)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(CORPUS, file), 'utf8')),
  '',
  'Only a title',
  'Title\n“He said nothing,” he said. “Another one without a closing mark',
  'Title\nSome 300 troops. “Words here and there,” the Spokesperson said. “More words from nobody at all.”',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('import notes in the interface’s language', () => {
  it('gives every note the parser writes a code, with the parameters its translations use', () => {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const note of toImportProposal(parsePressRelease(text)).notes) {
        seen.add(note.code);
        expect({ message: note.message, code: note.code }).not.toEqual({ message: note.message, code: 'other' });
        const key = `import.note.${note.code}` as keyof typeof en;
        expect(placeholders(en[key])).toEqual(Object.keys(note.params).sort());
      }
    }
    expect(seen.size).toBeGreaterThan(8);
  });

  it('has every code in English and French', () => {
    for (const code of NOTE_CODES) {
      expect(`import.note.${code}` in en && `import.note.${code}` in fr).toBe(true);
    }
  });

  it('reads the parameters out of the message and keeps unknown messages as they are', () => {
    expect(codeNote('Deployment 2: nation NL taken from an earlier sentence; check it.')).toEqual({
      code: 'deploymentNationInferred',
      params: { number: '2', nation: 'NL' },
    });
    expect(codeNote('Deployment 1: Tapa is said of several forces at once; check it.')).toEqual({
      code: 'deploymentPlaceShared',
      params: { number: '1', place: 'Tapa' },
    });
    expect(codeNote('Something new.')).toEqual({ code: 'other', params: { message: 'Something new.' } });
  });
});
