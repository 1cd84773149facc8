import { PERSONNEL_QUALIFIERS } from '../../../../shared/domain';
import { findDeploymentMentions } from '../deployment-mentions';
import { durationIn, qualifierBefore, statusIn } from '../deployment-phrases';
import { findDeployments } from '../deployments';
import { findMandates, findMissions, missionLocation } from '../missions';
import { createNotes } from '../notes';
import { findUnit, titleCase } from '../units';

describe('qualifierBefore', () => {
  it.each([
    ['with well over ', 'more_than'],
    ['over ', 'more_than'],
    ['more than ', 'more_than'],
    ['in excess of ', 'more_than'],
    ['at least ', 'more_than'],
    ['Around ', 'approximately'],
    ['about ', 'approximately'],
    ['approximately ', 'approximately'],
    ['some ', 'approximately'],
    ['roughly ', 'approximately'],
    ['nearly ', 'approximately'],
    ['almost ', 'approximately'],
    ['up to ', 'up_to'],
    ['as many as ', 'up_to'],
    ['a total of ', 'exact'],
    ['', 'exact'],
  ])('%j -> %s', (before, qualifier) => {
    expect(qualifierBefore(before)).toBe(qualifier);
    expect(PERSONNEL_QUALIFIERS).toContain(qualifier);
  });
});

describe('statusIn', () => {
  it.each([
    ['An additional battalion has been put on higher alert to be deployed if needed.', 'on_alert'],
    ['The company is on standby.', 'on_alert'],
    ['The troops were withdrawn in May.', 'withdrawn'],
    ['Norway withdrew its contingent.', 'withdrawn'],
    ['The minister announced that 300 troops have been deployed.', 'deployed'],
    ['NATO reinforcements arrived in Kosovo.', 'deployed'],
    ['Around 500 soldiers make up the bulk of the reinforcements.', 'deployed'],
    ['The Turkish Battalion will be deployed in Kosovo.', 'deploying'],
    ['Troops are being deployed to the region.', 'deploying'],
    ['Spain announced it will send 150 troops.', 'announced'],
    ['The contingent will be withdrawn next year and is stationed in Pristina.', 'deployed'],
    ['The Council discussed the situation.', null],
  ])('%j -> %s', (sentence, status) => {
    expect(statusIn(sentence)).toBe(status);
  });
});

describe('durationIn', () => {
  it.each([
    ['will be deployed in Kosovo for as long as necessary.', 'as long as necessary'],
    ['put on higher alert to be deployed if needed.', 'to be deployed if needed'],
    ['will arrive on 20 March for six months.', 'six months'],
    ['will stay until the end of 2024.', 'until the end of 2024'],
    ['deploy on a rotational basis.', 'on a rotational basis'],
    ['committed to stability for decades.', null],
  ])('%j -> %j', (sentence, note) => {
    expect(durationIn(sentence)).toBe(note);
  });
});

describe('units', () => {
  it('title-cases a numbered unit and keeps small words low', () => {
    expect(titleCase('65th mechanized infantry brigade')).toBe('65th Mechanized Infantry Brigade');
    expect(titleCase('1st battalion of the rifles')).toBe('1st Battalion of the Rifles');
  });

  it.each([
    [
      'Around 500 service members from Türkiye’s 65th mechanized infantry brigade arrived.',
      '65th Mechanized Infantry Brigade',
      3,
    ],
    ['An additional battalion of NATO reserve forces is on alert.', 'Battalion of NATO reserve forces', 2],
    ['The Multinational Battle Group East was reinforced.', 'Multinational Battle Group East', 2],
    ['The Turkish Battalion will be deployed.', 'Turkish Battalion', 2],
    ['A company will be deployed.', 'Company', 1],
  ])('reads the unit in %j', (sentence, name, rank) => {
    expect(findUnit(sentence)).toMatchObject({ name, rank });
  });

  it('finds no unit where there is none', () => {
    expect(findUnit('Troops arrived.')).toBeNull();
  });
});

describe('missions and mandates', () => {
  it('finds missions by name and by shape, each once, not the organisations that run them', () => {
    expect(
      findMissions('The NATO-led KFOR mission, EUFOR Althea and Operation Sea Guardian; the NATO mission; KFOR.').map(
        (m) => m.name,
      ),
    ).toEqual(['KFOR', 'EUFOR Althea', 'Operation Sea Guardian']);
    expect(findMissions('the XYZ mission').map((m) => m.name)).toEqual(['XYZ']);
    expect(missionLocation('KFOR')).toBe('Kosovo');
    expect(missionLocation('XYZ')).toBeNull();
  });

  it.each([
    ['the United Nations Security Council Resolution 1244 of 1999', 'UNSCR 1244 (1999)'],
    ['under UNSCR 1244 (1999)', 'UNSCR 1244 (1999)'],
    ['Security Council Resolution 2728 (2024)', 'UNSCR 2728 (2024)'],
    ['UNSCR 1244', 'UNSCR 1244'],
  ])('normalises %j to %j', (text, mandate) => {
    expect(findMandates(text).map((found) => found.mandate)).toEqual([mandate]);
  });
});

describe('findDeploymentMentions', () => {
  it('reads figure, qualifier, nation, unit and status from one sentence', () => {
    const [mention] = findDeploymentMentions(
      'Around 500 Turkish service members from Türkiye’s 65th mechanized infantry brigade make up the bulk ' +
        'of the NATO reinforcements.',
      2,
      2023,
    );
    expect(mention).toMatchObject({
      personnelCount: 500,
      personnelQualifier: 'approximately',
      nation: 'TR',
      unit: { name: '65th Mechanized Infantry Brigade' },
      status: 'deployed',
      links: ['reinforcements'],
      kind: 'figure',
      isNew: false,
    });
  });

  it('reads each figure of a sentence that names two contingents', () => {
    const mentions = findDeploymentMentions('Some 300 Italian and 200 Spanish soldiers arrived in Latvia.', 0, 2024);
    expect(mentions.map((m) => [m.personnelCount, m.personnelQualifier, m.nation, m.location])).toEqual([
      [300, 'approximately', 'IT', 'Latvia'],
      [200, 'exact', 'ES', 'Latvia'],
    ]);
  });

  it('reads a country that sends, "a 1,000-strong force" and "an additional" one', () => {
    const [germany] = findDeploymentMentions('Germany will send a further 1,000-strong force to Lithuania.', 0, 2024);
    expect(germany).toMatchObject({
      personnelCount: 1000,
      nation: 'DE',
      status: 'announced',
      location: 'Lithuania',
      isNew: true,
    });
  });

  it('does not read numbers that are no personnel', () => {
    expect(
      findDeploymentMentions('NATO’s 31 members met on 5 June 2023; one of the soldiers was injured.', 0, 2023),
    ).toEqual([]);
    expect(findDeploymentMentions('The Council adopted Resolution 1244 of 1999.', 0, 2023)).toEqual([]);
  });
});

describe('findDeployments', () => {
  it('merges sentences about one contingent and keeps an additional one apart', () => {
    const deployments = findDeployments(
      [
        'Spanish troops will be deployed to Latvia on 1 July 2024. ' +
          'Around 150 Spanish soldiers of the 3rd mechanised company will join the battlegroup. ' +
          'An additional company of 120 soldiers will be deployed later.',
      ],
      '2024-06-01',
      createNotes(),
    );
    expect(
      deployments.map(
        ({
          contributingNation,
          personnelCount,
          personnelQualifier,
          deploymentStatus,
          arrivalDate,
          location,
          unit,
        }) => ({
          contributingNation,
          personnelCount,
          personnelQualifier,
          deploymentStatus,
          arrivalDate,
          location,
          unit,
        }),
      ),
    ).toEqual([
      {
        contributingNation: 'ES',
        personnelCount: 150,
        personnelQualifier: 'approximately',
        deploymentStatus: 'deploying',
        arrivalDate: '2024-07-01',
        location: 'Latvia',
        unit: '3rd Mechanised Company',
      },
      {
        // Taken from the sentence before, and marked for the editor to check.
        contributingNation: 'ES',
        personnelCount: 120,
        personnelQualifier: 'exact',
        deploymentStatus: 'deploying',
        arrivalDate: null,
        location: null,
        unit: 'Company',
      },
    ]);
    expect(deployments[1]?.uncertain).toEqual(['contributingNation']);
  });

  it('calls a deployment whose arrival date has passed deployed, whatever the tense', () => {
    const [deployment] = findDeployments(
      ['About 200 Dutch troops will be deployed to Lithuania on 5 June 2023.'],
      '2023-06-13',
      createNotes(),
    );
    expect(deployment?.deploymentStatus).toBe('deployed');
  });

  it('says when it finds nothing', () => {
    const notes = createNotes();
    expect(findDeployments(['The Council met.'], null, notes)).toEqual([]);
    expect(notes.list()).toEqual([
      { level: 'info', message: 'No deployments found (no personnel figures, units or reinforcements).' },
    ]);
  });
});
