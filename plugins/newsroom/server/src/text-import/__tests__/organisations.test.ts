import { findOrganisations } from '../organisations';

describe('findOrganisations', () => {
  it('counts a full name and its acronym as one organisation, and a longer name before a shorter one', () => {
    const found = findOrganisations([
      'The European Union and the EU’s partners met at the United Nations Security Council.',
      'The EU-led dialogue continues under the UN mandate.',
    ]);
    expect(found).toEqual([
      { name: 'European Union', shortName: 'EU', mentions: 3, organisationMatch: null, paragraphIndex: 0 },
      {
        name: 'United Nations Security Council',
        shortName: 'UNSC',
        mentions: 1,
        organisationMatch: null,
        paragraphIndex: 0,
      },
      { name: 'United Nations', shortName: 'UN', mentions: 1, organisationMatch: null, paragraphIndex: 1 },
    ]);
  });

  it('keeps an unknown acronym as it is', () => {
    expect(findOrganisations(['The JFCNP staff met.'])).toEqual([
      { name: 'JFCNP', shortName: 'JFCNP', mentions: 1, organisationMatch: null, paragraphIndex: 0 },
    ]);
  });

  it('takes no countries, numerals, time zones or words in capitals for organisations', () => {
    expect(findOrganisations(['US and UK troops arrived at 10:00 CET for Phase II.'])).toEqual([]);
    expect(findOrganisations(['PRESS RELEASE FROM THE ALLIANCE'])).toEqual([]);
  });

  it('matches the caller’s organisations by short name or by name, ignoring case', () => {
    const found = findOrganisations(
      ['NATO and Frontex met the Organisation Internationale de la Francophonie.'],
      [
        { documentId: 'o1', name: 'North Atlantic Treaty Organization', shortName: 'NATO' },
        { documentId: 'o2', name: 'European Border and Coast Guard Agency', shortName: 'Frontex' },
        { documentId: 'o3', name: 'Organisation internationale de la Francophonie', shortName: null },
      ],
    );
    expect(found.map((o) => [o.name, o.shortName, o.organisationMatch?.documentId ?? null])).toEqual([
      ['North Atlantic Treaty Organization', 'NATO', 'o1'],
      ['European Border and Coast Guard Agency', 'Frontex', 'o2'],
      ['Organisation internationale de la Francophonie', null, 'o3'],
    ]);
  });
});
