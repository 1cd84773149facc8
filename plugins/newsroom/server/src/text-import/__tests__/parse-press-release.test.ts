import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEPLOYMENTS, QUOTES, RELEASE } from '../../../../../../src/demo/kfor-release';
import { parsePressRelease } from '../parse-press-release';

const SAMPLE = readFileSync(join(__dirname, '../../../../../../src/demo/nato-kfor-2023-06-13.txt'), 'utf8');

describe('parsePressRelease on the NATO KFOR release of 13 June 2023', () => {
  const proposal = parsePressRelease(SAMPLE);

  it('takes the first line as the title and the rest as the four body paragraphs', () => {
    expect(proposal.title).toBe(RELEASE.title.en);
    expect(proposal.paragraphs).toEqual(RELEASE.paragraphs.en);
  });

  it('dates the release from "met today (13 June 2023)"', () => {
    expect(proposal.issuedAt).toBe('2023-06-13');
  });

  it('finds no dateline and says so', () => {
    expect(proposal.place).toBeNull();
    expect(proposal.notes).toContainEqual({ level: 'info', message: 'No dateline found; place left empty.' });
  });

  it('summarises with the first sentence of the first paragraph', () => {
    expect(proposal.summary).toBe(
      'NATO Deputy Secretary General Mircea Geoană met today (13 June 2023) with Ambassador Miroslav Lajcak, ' +
        'EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues, ' +
        'who recently visited Belgrade and Pristina.',
    );
  });

  it('finds exactly the three quotes of the model, word for word, in order', () => {
    expect(proposal.quotes.map((quote) => quote.text)).toEqual(QUOTES.map((quote) => quote.text.en));
    expect(proposal.quotes.map((quote) => quote.order)).toEqual(QUOTES.map((quote) => quote.order));
    expect(proposal.quotes.every((quote) => quote.paragraphIndex === 1)).toBe(true);
  });

  it('gives every quote to Mircea Geoană as Deputy Secretary General, however the text names him', () => {
    for (const quote of proposal.quotes) {
      expect(quote.speakerName).toBe('Mircea Geoană');
      expect(quote.speakerRole).toBe(QUOTES[0]!.speakerRole.en);
    }
    // "Deputy Secretary General Geoană said", "he added", "Mr. Geoana recalled that".
    expect(proposal.quotes.map((quote) => quote.attribution)).toEqual(['explicit', 'pronoun', 'explicit']);
  });

  it('has no known people to match without options', () => {
    expect(proposal.quotes.every((quote) => quote.personMatch === null)).toBe(true);
  });

  it('finds exactly the three deployments of the model', () => {
    expect(proposal.deployments).toHaveLength(3);
    const [kfor, turkish, reserve] = proposal.deployments;
    const [kforModel, turkishModel, reserveModel] = DEPLOYMENTS;

    expect(kfor).toMatchObject({
      mission: kforModel!.mission,
      contributingNation: null,
      personnelCount: 4000,
      personnelQualifier: 'more_than',
      deploymentStatus: 'deployed',
      mandate: 'UNSCR 1244 (1999)',
      location: 'Kosovo',
    });
    expect(kfor!.sourceText).toContain('with well over 4,000 troops');

    expect(turkish).toMatchObject({
      mission: 'KFOR',
      contributingNation: turkishModel!.contributingNation,
      unit: turkishModel!.unit.en,
      personnelCount: turkishModel!.personnelCount,
      personnelQualifier: turkishModel!.personnelQualifier,
      deploymentStatus: turkishModel!.deploymentStatus,
      arrivalDate: turkishModel!.arrivalDate,
      location: turkishModel!.location.en,
      durationNote: turkishModel!.durationNote.en,
      mandate: turkishModel!.mandate.en,
    });

    expect(reserve).toMatchObject({
      mission: 'KFOR',
      contributingNation: null,
      unit: reserveModel!.unit.en,
      personnelCount: null,
      personnelQualifier: 'unknown',
      deploymentStatus: 'on_alert',
      arrivalDate: null,
      location: null,
      durationNote: 'to be deployed if needed',
      mandate: 'UNSCR 1244 (1999)',
    });
  });

  it('merges the three sentences about the Turkish battalion and cites them', () => {
    const turkish = proposal.deployments[1]!;
    expect(turkish.sourceText).toBe(
      'NATO reinforcements arrived in Kosovo on 5 June 2023, following the unprovoked violence in which a number ' +
        'of KFOR peacekeepers were injured. Around 500 Turkish service members from Türkiye’s 65th mechanized ' +
        'infantry brigade make up the bulk of the NATO reinforcements. The Turkish Battalion will be deployed in ' +
        'Kosovo for as long as necessary.',
    );
    expect(turkish.paragraphIndex).toBe(2);
  });

  it('lists Mircea Geoană and Miroslav Lajcak (as the text spells him) with the roles the text gives', () => {
    expect(proposal.people).toEqual([
      expect.objectContaining({ name: 'Mircea Geoană', role: 'NATO Deputy Secretary General', isSpeaker: true }),
      expect.objectContaining({
        name: 'Miroslav Lajcak',
        role: 'EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues',
        isSpeaker: false,
      }),
    ]);
  });

  it('lists the organisations named, full names and acronyms counted together', () => {
    const shortNames = proposal.organisations.map((organisation) => organisation.shortName);
    expect(shortNames).toEqual(expect.arrayContaining(['NATO', 'EU', 'KFOR', 'OSCE', 'NAC', 'UNSC']));
    const eu = proposal.organisations.find((organisation) => organisation.shortName === 'EU');
    // "EU" six times (counting "EU’s", "EU-led" and "EU-facilitated") and "European Union" once: one organisation.
    expect(eu).toMatchObject({ name: 'European Union', paragraphIndex: 0 });
    expect(eu!.mentions).toBe(7);
  });

  it('warns about nothing on this well-formed release', () => {
    expect(proposal.notes.filter((note) => note.level === 'warning')).toEqual([]);
  });
});

describe('parsePressRelease with known people and organisations', () => {
  const proposal = parsePressRelease(SAMPLE, {
    knownPeople: [
      { documentId: 'p1', name: 'Mircea Geoană' },
      { documentId: 'p2', name: 'Miroslav Lajčák' },
      { documentId: 'p3', name: 'Jens Stoltenberg' },
    ],
    knownOrganisations: [
      { documentId: 'o1', name: 'North Atlantic Treaty Organization', shortName: 'NATO' },
      { documentId: 'o2', name: 'Kosovo Force', shortName: 'KFOR' },
      { documentId: 'o3', name: 'Organization for Security and Co-operation in Europe', shortName: null },
    ],
  });

  it('matches every quote to Mircea Geoană, p1', () => {
    expect(proposal.quotes).toHaveLength(3);
    for (const quote of proposal.quotes) expect(quote.personMatch).toEqual({ documentId: 'p1', name: 'Mircea Geoană' });
  });

  it('matches "Miroslav Lajcak" to Miroslav Lajčák, ignoring diacritics, and keeps the text’s spelling', () => {
    const lajcak = proposal.people.find((person) => person.personMatch?.documentId === 'p2');
    expect(lajcak?.name).toBe('Miroslav Lajcak');
  });

  it('does not invent people who are not in the text', () => {
    expect(proposal.people.map((person) => person.personMatch?.documentId)).toEqual(['p1', 'p2']);
  });

  it('matches organisations by short name, and by full name when the caller gives no short name', () => {
    const byShortName = (shortName: string) => proposal.organisations.find((o) => o.shortName === shortName);
    expect(byShortName('NATO')?.organisationMatch).toEqual({
      documentId: 'o1',
      name: 'North Atlantic Treaty Organization',
    });
    expect(byShortName('KFOR')?.organisationMatch?.documentId).toBe('o2');
    expect(byShortName('OSCE')?.organisationMatch?.documentId).toBe('o3');
    expect(byShortName('EU')?.organisationMatch).toBeNull();
  });
});

describe('parsePressRelease on the sample in other shapes', () => {
  const reference = parsePressRelease(SAMPLE);

  it('reads the same with Windows line endings, extra blank lines, non-breaking spaces and a BOM', () => {
    let n = 0;
    const spaced = SAMPLE.replace(/ /g, () => (n++ % 5 === 0 ? '\u00a0' : ' '));
    const messy = `\ufeff${spaced.replace(/\n/g, '\r\n\r\n\r\n')}\r\n`;
    expect(parsePressRelease(messy)).toEqual(reference);
  });

  it('rejoins paragraphs hard-wrapped at 72 columns', () => {
    const wrap = (paragraph: string): string =>
      paragraph
        .split(' ')
        .reduce<string[]>((lines, word) => {
          const last = lines[lines.length - 1];
          if (last !== undefined && last.length + 1 + word.length <= 72) lines[lines.length - 1] = `${last} ${word}`;
          else lines.push(word);
          return lines;
        }, [])
        .join('\n');
    const [title, ...body] = SAMPLE.split('\n');
    const wrapped = parsePressRelease(`${title}\n\n${body.map(wrap).join('\n\n')}`);
    expect(wrapped.paragraphs).toEqual(reference.paragraphs);
    expect(wrapped.quotes).toEqual(reference.quotes);
    expect(wrapped.deployments).toEqual(reference.deployments);
  });
});
