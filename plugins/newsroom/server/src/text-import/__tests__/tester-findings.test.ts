import { parsePressRelease } from '../parse-press-release';
import { withoutDottedInitials } from '../deployment-mentions';

/** Failure classes an independent tester found on releases the parser had never seen, in English and French. */

const deployments = (text: string) =>
  parsePressRelease(text).deployments.map((d) => ({
    nation: d.contributingNation,
    unit: d.unit?.toLowerCase() ?? null,
    count: d.personnelCount,
    location: d.location,
    mission: d.mission,
    uncertain: d.uncertain,
  }));

describe('a country named as the subject sends the force', () => {
  it('reads "Les Pays-Bas déploieront ..." and "La Belgique enverra ..." as the nation (French)', () => {
    expect(
      deployments(
        'Renfort\nBruxelles, 3 mai 2024 – Les Pays-Bas déploieront une compagnie du génie d’environ 120 militaires en Lituanie à partir du mois de juin.',
      )[0],
    ).toMatchObject({ nation: 'NL', unit: 'compagnie du génie', count: 120, location: 'Lituanie' });
    expect(
      deployments('Renfort\nParis, 3 mai 2024 – La Belgique enverra un détachement de 40 militaires au Mali.')[0],
    ).toMatchObject({ nation: 'BE', count: 40, location: 'Mali' });
  });

  it('reads "Norway will send ..." as the nation (English)', () => {
    expect(
      deployments('Support\nOslo, 3 May 2024 - Norway will send a company of 100 soldiers to Lithuania.')[0],
    ).toMatchObject({ nation: 'NO', count: 100, location: 'Lithuania' });
  });
});

describe('places: "en / au / aux <pays>", "in <country>"', () => {
  it('takes "aux Pays-Bas" as the place of a French deployment', () => {
    expect(
      deployments('Exercice\nBerlin, 3 mai 2024 – L’Allemagne déploiera un bataillon de 500 soldats aux Pays-Bas.')[0],
    ).toMatchObject({ nation: 'DE', location: 'Pays-Bas' });
  });

  it('does not take the country in a mission’s name for the place ("Force ... au Liban")', () => {
    const [first] = deployments(
      'FINUL\nBeyrouth, 15 octobre 2024 – Un bataillon français de 700 casques bleus a rejoint la Force intérimaire des Nations unies au Liban.',
    );
    expect(first).toMatchObject({ nation: 'FR', mission: 'Force intérimaire des Nations unies au Liban' });
    expect(first?.location).not.toBe('Liban');
  });

  it('takes "in Poland" for the place of US soldiers serving there (English)', () => {
    expect(
      deployments(
        'Visit\nOrzysz, 22 September 2024 - The Chair visited the battlegroup in Poland, where some 1,100 US soldiers serve.',
      )[0],
    ).toMatchObject({ nation: 'US', count: 1100, location: 'Poland' });
  });
});

describe('an organisation’s named forces are a mission, not a place', () => {
  it('gives "NATO’s Forward Land Forces" as the mission and the places the text puts each force', () => {
    const found = deployments(
      "Allies reinforce Estonia\nTallinn, 14 February 2025 - Two Allies announced new contributions to NATO's Forward Land Forces in Estonia: " +
        'a Dutch engineering company of 120 and a Danish squadron of six F-35 aircraft.\n' +
        'The Danish squadron will deploy to Ämari Air Base in April. The Dutch company arrived in Tapa on 10 February.',
    );
    expect(found).toEqual([
      {
        nation: 'NL',
        unit: 'engineering company',
        count: 120,
        location: 'Tapa',
        mission: 'Forward Land Forces',
        uncertain: [],
      },
      {
        nation: 'DK',
        unit: 'squadron',
        count: null,
        location: 'Ämari Air Base',
        mission: 'Forward Land Forces',
        uncertain: [],
      },
    ]);
  });

  it('marks a place said of several forces at once as uncertain', () => {
    const found = deployments(
      'Allies reinforce Estonia\nTallinn, 14 February 2025 - A Dutch engineering company of 120 and a Danish infantry company of 150 will deploy to Tapa.',
    );
    expect(found.map((d) => [d.nation, d.location, d.uncertain.includes('location')])).toEqual([
      ['NL', 'Tapa', true],
      ['DK', 'Tapa', true],
    ]);
  });
});

describe('aircraft, vehicles and ships are not personnel', () => {
  it('gives no personnel figure for "a squadron of six F-35 aircraft" or "of four tanks" (English)', () => {
    expect(
      deployments(
        'Air policing\nTallinn, 14 February 2025 - A Danish squadron of six F-35 aircraft will deploy to Ämari Air Base.',
      )[0],
    ).toMatchObject({ nation: 'DK', unit: 'squadron', count: null });
    expect(
      deployments('Armour\nTapa, 14 February 2025 - A British squadron of 14 Challenger tanks arrived in Tapa.')[0],
    ).toMatchObject({ nation: 'GB', unit: 'squadron', count: null });
  });

  it('keeps "escadron" without "de quatre avions F-16" and gives no figure (French, words and digits)', () => {
    expect(
      deployments(
        'Renfort\nBruxelles, 3 mai 2024 – Un escadron danois de quatre avions F-16 pourrait suivre à l’automne.',
      )[0],
    ).toMatchObject({ nation: 'DK', unit: 'escadron', count: null });
    expect(
      deployments('Renfort\nBruxelles, 3 mai 2024 – Un escadron belge de 4 avions F-16 sera déployé en Roumanie.')[0],
    ).toMatchObject({ nation: 'BE', unit: 'escadron', count: null, location: 'Roumanie' });
  });

  it('still reads a unit of people: "a company of 120 soldiers", "une compagnie de 150 militaires"', () => {
    expect(
      deployments('Rotation\nRiga, 3 May 2024 - A Spanish company of 120 soldiers arrived in Latvia.')[0],
    ).toMatchObject({
      nation: 'ES',
      count: 120,
    });
    expect(
      deployments('Rotation\nRiga, 3 mai 2024 – Une compagnie espagnole de 150 militaires est arrivée en Lettonie.')[0],
    ).toMatchObject({ nation: 'ES', count: 150, location: 'Lettonie' });
  });
});

describe('initials and adjectives of nations: US, U.S., UK, American, British', () => {
  it.each([
    ['some 1,100 US soldiers serve in Poland', 'US'],
    ['some 1,100 U.S. soldiers serve in Poland', 'US'],
    ['about 800 UK troops serve in Estonia', 'GB'],
    ['about 800 American troops serve in Poland', 'US'],
    ['about 800 British troops serve in Estonia', 'GB'],
  ])('reads the nation of "%s"', (sentence, nation) => {
    expect(deployments(`Visit\nBrussels, 3 May 2024 - Today ${sentence}.`)[0]?.nation).toBe(nation);
  });

  it('reads "a UK engineering squadron" and "a U.S. infantry company" as nations', () => {
    expect(
      deployments('Rotation\nTapa, 3 May 2024 - A UK engineering squadron of 80 personnel arrived in Tapa.')[0],
    ).toMatchObject({ nation: 'GB', unit: 'engineering squadron', count: 80 });
    expect(
      deployments('Rotation\nOrzysz, 3 May 2024 - A U.S. infantry company of 150 soldiers arrived in Orzysz.')[0],
    ).toMatchObject({ nation: 'US', unit: 'infantry company', count: 150 });
  });

  it('keeps every index when it reads "U.S." as "US"', () => {
    const sentence = 'Some 300 U.S. troops, and U.K. ones.';
    expect(withoutDottedInitials(sentence)).toHaveLength(sentence.length);
    expect(withoutDottedInitials(sentence)).toBe('Some 300 US   troops, and UK   ones.');
  });
});

describe('a quote that goes on after its attribution is one quote', () => {
  it('joins "X," said Y. "Z." (English)', () => {
    const { quotes } = parsePressRelease(
      'Visit\nOrzysz, 22 September 2024 - The Chair of the Military Committee, Admiral Rob Bauer, visited the troops.\n' +
        '"Our troops here show that NATO stands together," said Admiral Bauer. "Every Ally counts."',
    );
    expect(quotes.map((q) => [q.text, q.speakerName, q.speakerRole])).toEqual([
      [
        'Our troops here show that NATO stands together. Every Ally counts.',
        'Rob Bauer',
        'Chair of the Military Committee',
      ],
    ]);
  });

  it('joins « X », a déclaré Y. « Z. » (French)', () => {
    const { quotes } = parsePressRelease(
      'Visite\nBruxelles, 3 mai 2024 – « Nous tenons nos engagements », a déclaré la ministre Hanna Virtanen. « Chaque Allié compte. »',
    );
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['Nous tenons nos engagements. Chaque Allié compte.', 'Hanna Virtanen'],
    ]);
  });

  it('keeps a second quote with its own attribution apart, in both languages', () => {
    expect(
      parsePressRelease(
        'Title\n“Dialogue remains the only path,” Minister Borg said. “The Mission has our full support,” the Minister added.',
      ).quotes,
    ).toHaveLength(2);
    expect(
      parsePressRelease(
        'Titre\n« La présence est plus forte que jamais », a déclaré l’amiral Rob Bauer. « Chaque Allié y contribue », a-t-il ajouté.',
      ).quotes,
    ).toHaveLength(2);
  });
});
