import { parsePressRelease } from '../parse-press-release';

/** The failure classes of issue 10, each in English and in French. */

const fields = (text: string) =>
  parsePressRelease(text).deployments.map(({ contributingNation, unit, personnelCount, deploymentStatus }) => ({
    nation: contributingNation,
    unit: unit?.toLowerCase() ?? null,
    count: personnelCount,
    status: deploymentStatus,
  }));

describe('nations and units', () => {
  it('puts each nationality before a unit on its own deployment and keeps the whole unit phrase', () => {
    expect(
      fields('Rotation\nVILNIUS – A Dutch engineering company of 120 and a Danish squadron arrived at Rukla on 1 May 2024.'),
    ).toEqual([
      { nation: 'NL', unit: 'engineering company', count: 120, status: 'deployed' },
      { nation: 'DK', unit: 'squadron', count: null, status: 'deployed' },
    ]);
    expect(fields('Rotation\nA Portuguese engineering detachment of 45 has deployed to Lithuania.')).toEqual([
      { nation: 'PT', unit: 'engineering detachment', count: 45, status: 'deployed' },
    ]);
  });

  it('reads French nationalities after the unit and its complements', () => {
    expect(
      fields(
        'Relève\nBruxelles, 3 mai 2024 – Une compagnie d’infanterie danoise de 250 soldats est arrivée à Ādaži. ' +
          'Un escadron de chars espagnol sera déployé en juin.',
      ),
    ).toEqual([
      { nation: 'DK', unit: 'compagnie d’infanterie', count: 250, status: 'deployed' },
      { nation: 'ES', unit: 'escadron de chars', count: null, status: 'deploying' },
    ]);
  });
});

describe('rank and role', () => {
  it('gives the office as the role and leaves the rank with the name (English)', () => {
    const { quotes } = parsePressRelease(
      'Visit\nThe Chair of the Military Committee, Admiral Rob Bauer, visited the troops. ' +
        '“Our resolve is clear,” Admiral Bauer said.',
    );
    expect(quotes.map((q) => [q.speakerName, q.speakerRole])).toEqual([['Rob Bauer', 'Chair of the Military Committee']]);
  });

  it('does the same in French', () => {
    const { quotes } = parsePressRelease(
      'Visite\n« Notre détermination est claire », a déclaré le président du Comité militaire de l’OTAN, l’amiral Rob Bauer.',
    );
    expect(quotes.map((q) => [q.speakerName, q.speakerRole])).toEqual([
      ['Rob Bauer', 'président du Comité militaire de l’OTAN'],
    ]);
  });
});

describe('back-references', () => {
  it('resolves "the Minister said" to the minister named before, and marks it for checking', () => {
    const { quotes } = parsePressRelease(
      'Visit\nThe Estonian Minister of Defence, Hanno Pevkur, thanked the Allies. ' +
        '“Estonia is grateful,” the Minister said.',
    );
    expect(quotes.map((q) => [q.speakerName, q.speakerRole, q.uncertain])).toEqual([
      ['Hanno Pevkur', 'Minister of Defence', ['speakerName', 'speakerRole']],
    ]);
  });

  it('resolves "a ajouté la ministre" and "a-t-il ajouté" in French', () => {
    const { quotes } = parsePressRelease(
      'Décision\nLa ministre italienne de la Défense, Anna Rossi, a salué la décision. ' +
        '« Nos marins protègent le commerce », a ajouté la ministre. ' +
        '« Chaque Allié y contribue », a déclaré le commandant de la Force, le général Aroldo Lázaro. ' +
        '« Nous sommes prêts », a-t-il ajouté.',
    );
    expect(quotes.map((q) => [q.speakerName, q.speakerRole, q.attribution])).toEqual([
      ['Anna Rossi', 'ministre de la Défense', 'explicit'],
      ['Aroldo Lázaro', 'commandant de la Force', 'explicit'],
      ['Aroldo Lázaro', 'commandant de la Force', 'pronoun'],
    ]);
  });
});

describe('status across sentences', () => {
  it('carries "will deploy" to the composition given in the next sentence; "could follow" is announced', () => {
    expect(
      fields(
        'Forces\nLONDON – The United Kingdom will deploy an armoured battlegroup of 900 soldiers to Tapa. ' +
          'The force will include a squadron of Challenger 2 tanks and an artillery battery.\n' +
          'A Royal Air Force helicopter detachment could follow in the autumn.',
      ),
    ).toEqual([
      { nation: 'GB', unit: 'armoured battlegroup', count: 900, status: 'deploying' },
      { nation: 'GB', unit: 'squadron of challenger 2 tanks', count: null, status: 'deploying' },
      { nation: 'GB', unit: 'artillery battery', count: null, status: 'deploying' },
      { nation: 'GB', unit: 'helicopter detachment', count: null, status: 'announced' },
    ]);
  });

  it('reads a French list under its introduction, and "pourrait suivre"', () => {
    expect(
      fields(
        'Aspides\nBruxelles, 3 mai 2024 – Les contributions suivantes seront déployées :\n' +
          '- une frégate italienne avec 180 marins ;\n' +
          '- un détachement aérien allemand de 60 militaires pourrait suivre.',
      ),
    ).toEqual([
      { nation: 'IT', unit: 'frégate', count: 180, status: 'deploying' },
      { nation: 'DE', unit: 'détachement aérien', count: 60, status: 'announced' },
    ]);
  });

  it('marks a nation taken from an earlier sentence', () => {
    const { deployments } = parsePressRelease(
      'Air defence\nTHE HAGUE – The Netherlands will deploy a Patriot unit of 150 to Romania. ' +
        'Two hundred additional soldiers could follow in 2025.',
    );
    expect(deployments.map((d) => [d.contributingNation, d.personnelCount, d.uncertain])).toEqual([
      ['NL', 150, []],
      ['NL', 200, ['contributingNation']],
    ]);
  });
});

describe('French releases', () => {
  const proposal = parsePressRelease(
    'L’OTAN renforce sa présence\n' +
      'Bruxelles, 3 mai 2024 – Un bataillon français d’environ 700 casques bleus a rejoint Cincu le 1er mai 2024.\n' +
      '« La présence avancée est plus forte que jamais », a déclaré Ian Borg.',
  );

  it('reads the dateline, the date and the language', () => {
    expect([proposal.place, proposal.issuedAt, proposal.language]).toEqual(['Bruxelles', '2024-05-03', 'fr']);
  });

  it('finds the speaker of « » quotes attributed by "a déclaré X"', () => {
    expect(proposal.quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['La présence avancée est plus forte que jamais', 'Ian Borg'],
    ]);
  });

  it('reads figures with "environ", the place and the arrival date', () => {
    expect(proposal.deployments).toMatchObject([
      {
        contributingNation: 'FR',
        unit: 'Bataillon',
        personnelCount: 700,
        personnelQualifier: 'approximately',
        deploymentStatus: 'deployed',
        arrivalDate: '2024-05-01',
        location: 'Cincu',
      },
    ]);
  });
});
