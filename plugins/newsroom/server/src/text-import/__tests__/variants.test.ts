import { parsePressRelease } from '../parse-press-release';

const ITALY = [
  'Italy reinforces the multinational battlegroup in Latvia',
  '',
  'BRUSSELS, 3 March 2024 – Italian Defence Minister Maria Rossi announced that up to 300 Italian troops have ' +
    'been deployed to Latvia.',
  '',
  '"Our commitment to the Alliance is unwavering," Minister Rossi said. ' +
    '"We will stay as long as we are needed," she added.',
  '',
  'More than 1,200 soldiers from Poland will arrive on 20 March 2024 for six months.',
].join('\n');

describe('a release with a dateline, straight quotes and "she added"', () => {
  const proposal = parsePressRelease(ITALY);

  it('reads the dateline into place and date and takes it out of the first paragraph', () => {
    expect(proposal.title).toBe('Italy reinforces the multinational battlegroup in Latvia');
    expect(proposal.place).toBe('Brussels');
    expect(proposal.issuedAt).toBe('2024-03-03');
    expect(proposal.paragraphs[0]).toBe(
      'Italian Defence Minister Maria Rossi announced that up to 300 Italian troops have been deployed to Latvia.',
    );
    expect(proposal.paragraphs).toHaveLength(3);
  });

  it('finds both straight-quoted quotes and gives "she added" to the minister named before', () => {
    expect(proposal.quotes).toEqual([
      expect.objectContaining({
        text: 'Our commitment to the Alliance is unwavering',
        speakerName: 'Maria Rossi',
        // The role is the office; the nationality is no part of it (the person's nation is a fact of its own).
        speakerRole: 'Defence Minister',
        attribution: 'explicit',
        order: 0,
        paragraphIndex: 1,
      }),
      expect.objectContaining({
        text: 'We will stay as long as we are needed',
        speakerName: 'Maria Rossi',
        attribution: 'pronoun',
        order: 1,
      }),
    ]);
  });

  it('reads "up to 300 Italian troops have been deployed to Latvia"', () => {
    expect(proposal.deployments[0]).toMatchObject({
      contributingNation: 'IT',
      personnelCount: 300,
      personnelQualifier: 'up_to',
      deploymentStatus: 'deployed',
      location: 'Latvia',
      mission: null,
      mandate: null,
    });
  });

  it('reads "More than 1,200 soldiers from Poland will arrive on 20 March 2024 for six months"', () => {
    expect(proposal.deployments[1]).toMatchObject({
      contributingNation: 'PL',
      personnelCount: 1200,
      personnelQualifier: 'more_than',
      deploymentStatus: 'deploying',
      arrivalDate: '2024-03-20',
      durationNote: 'six months',
      paragraphIndex: 2,
    });
    expect(proposal.deployments).toHaveLength(2);
  });
});

describe('attribution patterns', () => {
  it('reads a speaker before the quote, "according to", and a role that stands for a name', () => {
    const proposal = parsePressRelease(
      [
        'Allies agree new support package',
        'BRUSSELS – On June 13, 2023, the North Atlantic Council agreed a new package. ' +
          'The Secretary General, Jens Stoltenberg, said: “This is a strong signal of unity.”',
        'According to Mr Stoltenberg, “the Alliance stands ready to do more.” ' +
          'The Secretary General also stressed that “deterrence works, and it will keep working.”',
      ].join('\n'),
    );
    expect(proposal.place).toBe('Brussels');
    expect(proposal.issuedAt).toBe('2023-06-13');
    expect(
      proposal.quotes.map(({ text, speakerName, speakerRole, attribution }) => ({
        text,
        speakerName,
        speakerRole,
        attribution,
      })),
    ).toEqual([
      {
        text: 'This is a strong signal of unity.',
        speakerName: 'Jens Stoltenberg',
        speakerRole: 'Secretary General',
        attribution: 'explicit',
      },
      {
        text: 'the Alliance stands ready to do more.',
        speakerName: 'Jens Stoltenberg',
        speakerRole: 'Secretary General',
        attribution: 'explicit',
      },
      {
        text: 'deterrence works, and it will keep working.',
        speakerName: 'Jens Stoltenberg',
        speakerRole: 'Secretary General',
        attribution: 'explicit',
      },
    ]);
  });

  it('reads "said X, ROLE" after the quote and "they" as the last speaker named', () => {
    const proposal = parsePressRelease(
      [
        'Ministers meet in Brussels',
        '“We are united in our support,” said Hanna Virtanen, Finnish Minister of Defence. ' +
          '“Nothing will change that,” they said.',
      ].join('\n'),
    );
    expect(proposal.quotes.map((quote) => [quote.speakerName, quote.speakerRole, quote.attribution])).toEqual([
      ['Hanna Virtanen', 'Minister of Defence', 'explicit'],
      ['Hanna Virtanen', 'Minister of Defence', 'pronoun'],
    ]);
  });

  it('gives an unattributed quote the speaker of the quote before it in the paragraph, with a note', () => {
    const proposal = parsePressRelease(
      'Title of the release\nGeneral Anna Kowalska said: “We will not waver.” The troops listened. “Our forces are ready for any task.”',
    );
    expect(proposal.quotes[1]).toMatchObject({ speakerName: 'Anna Kowalska', attribution: 'none' });
    expect(proposal.notes).toContainEqual(
      expect.objectContaining({ level: 'info', message: expect.stringContaining('Quote 2 has no attribution') }),
    );
  });

  it('skips words in quotation marks that are not quotes, and flags a quote with no speaker', () => {
    const proposal = parsePressRelease(
      'Title of the release\nThe so-called “Open Balkan” initiative was discussed.\n' +
        '“A statement in quotation marks without anyone saying it.”',
    );
    expect(proposal.quotes).toHaveLength(1);
    expect(proposal.quotes[0]).toMatchObject({
      speakerName: null,
      speakerRole: null,
      personMatch: null,
      attribution: 'none',
    });
    expect(proposal.notes).toContainEqual({
      level: 'warning',
      message: 'Quote 1 has no identifiable speaker.',
      paragraphIndex: 1,
    });
  });

  it('carries a quote that runs on into the next paragraph to the speaker named there', () => {
    const proposal = parsePressRelease(
      'Title of the release\n“This is the first part of a long statement, which goes on\n' +
        '“and ends here in the next paragraph,” Mr. Dupont said.',
    );
    expect(proposal.quotes.map((quote) => [quote.speakerName, quote.paragraphIndex])).toEqual([
      ['Dupont', 0],
      ['Dupont', 1],
    ]);
    expect(proposal.notes.some((note) => note.level === 'warning' && /closing/.test(note.message))).toBe(false);
  });

  it('matches a surname alone to a known person, ignoring diacritics', () => {
    const proposal = parsePressRelease('Title of the release\n“We stand ready,” Mr. Geoana said.', {
      knownPeople: [
        { documentId: 'p1', name: 'Mircea Geoană' },
        { documentId: 'p2', name: 'Jens Stoltenberg' },
      ],
    });
    expect(proposal.quotes[0]).toMatchObject({
      speakerName: 'Geoana',
      personMatch: { documentId: 'p1', name: 'Mircea Geoană' },
    });
  });
});

describe('the reference date', () => {
  it('dates an arrival written without a year and decides that it is past, but is no release date', () => {
    const proposal = parsePressRelease(
      'Reinforcements for KFOR\nAbout 200 Dutch troops will arrive in Kosovo on 5 June.',
      {
        referenceDate: '2023-06-13',
      },
    );
    expect(proposal.issuedAt).toBeNull();
    expect(proposal.deployments[0]).toMatchObject({
      contributingNation: 'NL',
      personnelCount: 200,
      personnelQualifier: 'approximately',
      arrivalDate: '2023-06-05',
      deploymentStatus: 'deployed',
      location: 'Kosovo',
    });
  });
});

describe('text with nothing to recognise', () => {
  const proposal = parsePressRelease(
    [
      'Council discusses the situation in the region',
      'The North Atlantic Council met to discuss recent developments in the region.',
      'Allies expressed their support for dialogue and agreed to remain in close contact.',
    ].join('\n\n'),
  );

  it('keeps the title and the paragraphs', () => {
    expect(proposal.title).toBe('Council discusses the situation in the region');
    expect(proposal.paragraphs).toEqual([
      'The North Atlantic Council met to discuss recent developments in the region.',
      'Allies expressed their support for dialogue and agreed to remain in close contact.',
    ]);
  });

  it('proposes no quotes, deployments or date, and says so', () => {
    expect(proposal.quotes).toEqual([]);
    expect(proposal.deployments).toEqual([]);
    expect(proposal.issuedAt).toBeNull();
    const messages = proposal.notes.map((note) => note.message);
    expect(messages).toContain('No quotations found.');
    expect(messages).toContain('No deployments found (no personnel figures, units or reinforcements).');
    expect(messages).toContain('No release date found in the text.');
  });
});

describe('the title', () => {
  it('is null, with a note, when the first line ends like a sentence', () => {
    const proposal = parsePressRelease('The Council met today in Brussels.\nIt agreed on several points.');
    expect(proposal.title).toBeNull();
    expect(proposal.paragraphs).toEqual(['The Council met today in Brussels.', 'It agreed on several points.']);
    expect(proposal.notes).toContainEqual({
      level: 'warning',
      message: 'No title found: the first line ends like a sentence.',
    });
  });

  it('skips labels such as "PRESS RELEASE" above it and an end mark below the text', () => {
    const proposal = parsePressRelease(
      'PRESS RELEASE\nFor immediate release\n\nAllies meet in Vilnius\n\nThe meeting took place.\n\n###',
    );
    expect(proposal.title).toBe('Allies meet in Vilnius');
    expect(proposal.paragraphs).toEqual(['The meeting took place.']);
  });
});

describe('empty input', () => {
  it.each(['', '   ', '\n\n\r\n\t \u00a0\n'])('gives an empty proposal with notes for %j', (text) => {
    const proposal = parsePressRelease(text);
    expect(proposal).toMatchObject({
      title: null,
      issuedAt: null,
      place: null,
      summary: null,
      paragraphs: [],
      quotes: [],
      deployments: [],
      people: [],
      organisations: [],
    });
    const messages = proposal.notes.map((note) => note.message);
    expect(messages).toContain('No title found: the text is empty.');
    expect(messages).toContain('No body text found.');
  });
});
