import fs from 'node:fs';
import path from 'node:path';

import { DEPLOYMENTS, ORGANISATIONS, PEOPLE, QUOTES, RELEASE } from '../kfor-release';

const sample = fs.readFileSync(path.join(__dirname, '..', 'nato-kfor-2023-06-13.txt'), 'utf8');
const [titleLine, ...bodyLines] = sample.split('\n').map((line) => line.trim()).filter(Boolean);

describe('the demo models the sample release completely', () => {
  it('has the sample’s title and every paragraph of its body, word for word', () => {
    expect(RELEASE.title.en).toBe(titleLine);
    expect(RELEASE.paragraphs.en).toEqual(bodyLines);
    expect(RELEASE.paragraphs.fr).toHaveLength(bodyLines.length);
  });

  it('has each quotation of the text, in order, by Mircea Geoană', () => {
    // The words as said: the comma before "he said" belongs to the sentence around them.
    const quoted = [...sample.matchAll(/“([^”]+)”/g)].map((match) => match[1]!.replace(/,$/, ''));
    expect(QUOTES.map((quote) => quote.text.en)).toEqual(quoted);
    expect(new Set(QUOTES.map((quote) => quote.speaker))).toEqual(new Set(['geoana']));
    expect(PEOPLE.find((person) => person.key === 'geoana')!.name.en).toBe('Mircea Geoană');
  });

  it('has the three deployments with the text’s figures', () => {
    expect(sample).toContain('well over 4,000 troops');
    expect(sample).toContain('Around 500 Turkish service members');
    expect(sample).toContain('arrived in Kosovo on 5 June 2023');
    expect(sample).toContain('put on higher alert');
    expect(DEPLOYMENTS.map((d) => [d.personnelQualifier, d.personnelCount, d.deploymentStatus])).toEqual([
      ['more_than', 4000, 'deployed'],
      ['approximately', 500, 'deployed'],
      ['unknown', null, 'on_alert'],
    ]);
    expect(DEPLOYMENTS[1]).toMatchObject({ contributingNation: 'TR', arrivalDate: '2023-06-05' });
    expect(DEPLOYMENTS.every((d) => d.mandate.en === 'UNSCR 1244 (1999)')).toBe(true);
  });

  it('names every organisation the text involves', () => {
    const names = ORGANISATIONS.map((organisation) => organisation.shortName.en);
    for (const named of ['NATO', 'EU', 'KFOR', 'OSCE']) {
      expect(sample).toContain(named);
      expect(names).toContain(named);
    }
    expect(sample).toContain('North Atlantic Council');
    expect(sample).toContain('United Nations Security Council');
    expect(ORGANISATIONS.find((o) => o.key === 'nato')!.shortName.fr).toBe('OTAN');
  });
});
