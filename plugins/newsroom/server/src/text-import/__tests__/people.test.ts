import { matchKnownPerson } from '../known-people';
import { foldForMatching } from '../normalise-text';
import { findKnownPeople, findPersonMentions } from '../people-mentions';
import { createPeopleRegistry, ROLE_RANK } from '../people-registry';
import { parseSpeakerPhrase, roleWithoutOrganisation } from '../person-names';

describe('parseSpeakerPhrase', () => {
  it.each([
    ['Deputy Secretary General Geoană', 'Geoană', 'Deputy Secretary General'],
    ['NATO Deputy Secretary General Mircea Geoană', 'Mircea Geoană', 'NATO Deputy Secretary General'],
    ['Mr. Geoana', 'Geoana', null],
    ['Mr Geoana', 'Geoana', null],
    ['Dr. Ursula von der Leyen', 'Ursula von der Leyen', null],
    ['Ambassador Miroslav Lajcak', 'Miroslav Lajcak', 'Ambassador'],
    ['Jens Stoltenberg, NATO Secretary General', 'Jens Stoltenberg', 'NATO Secretary General'],
    ['the Secretary General, Jens Stoltenberg', 'Jens Stoltenberg', 'Secretary General'],
    ['KFOR Commander Major General Özkan Ulutaş', 'Özkan Ulutaş', 'KFOR Commander Major General'],
  ])('reads %j as name %j, role %j', (phrase, name, role) => {
    expect(parseSpeakerPhrase(phrase)).toEqual({ name, role, pronoun: false });
  });

  it('reads pronouns and roles without names', () => {
    expect(parseSpeakerPhrase('she')).toEqual({ name: null, role: null, pronoun: true });
    expect(parseSpeakerPhrase('They')).toEqual({ name: null, role: null, pronoun: true });
    expect(parseSpeakerPhrase('the Secretary General')).toEqual({
      name: null,
      role: 'Secretary General',
      pronoun: false,
    });
  });

  it('reads nothing in phrases that name nobody', () => {
    expect(parseSpeakerPhrase('')).toEqual({ name: null, role: null, pronoun: false });
    expect(parseSpeakerPhrase('the situation')).toEqual({ name: null, role: null, pronoun: false });
  });
});

describe('roleWithoutOrganisation', () => {
  it.each([
    ['NATO Deputy Secretary General', 'Deputy Secretary General'],
    ['NATO’s Secretary General', 'Secretary General'],
    ['EU Special Representative', 'Special Representative'],
    ['Deputy Secretary General', 'Deputy Secretary General'],
  ])('%j -> %j', (role, expected) => {
    expect(roleWithoutOrganisation(role)).toBe(expected);
  });
});

describe('findPersonMentions', () => {
  it('finds people after roles and courtesy titles, with appositive roles', () => {
    const paragraph =
      'NATO Deputy Secretary General Mircea Geoană met today (13 June 2023) with Ambassador Miroslav Lajcak, ' +
      'EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues, who recently ' +
      'visited Belgrade and Pristina. Ambassador Lajcak also briefed the North Atlantic Council.';
    expect(findPersonMentions(paragraph, 0)).toEqual([
      {
        name: 'Mircea Geoană',
        role: 'NATO Deputy Secretary General',
        rank: ROLE_RANK.title,
        paragraphIndex: 0,
        index: 30,
      },
      {
        name: 'Miroslav Lajcak',
        role: 'EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues',
        rank: ROLE_RANK.appositive,
        paragraphIndex: 0,
        index: 85,
      },
      { name: 'Lajcak', role: 'Ambassador', rank: ROLE_RANK.rank, paragraphIndex: 0, index: 252 },
    ]);
  });

  it('takes no organisation or place for a person', () => {
    expect(
      findPersonMentions('The North Atlantic Council met with the United Nations Security Council in New York.', 0),
    ).toEqual([]);
  });

  it('finds known people named without a title, whatever their diacritics', () => {
    expect(
      findKnownPeople('Yesterday Miroslav Lajcak met Mircea Geoana.', 2, [
        { documentId: 'x', name: 'Miroslav Lajčák' },
      ]),
    ).toEqual([{ name: 'Miroslav Lajcak', role: null, rank: ROLE_RANK.none, paragraphIndex: 2, index: 10 }]);
  });
});

describe('createPeopleRegistry', () => {
  it('resolves surnames and courtesy forms to the full name, ignoring diacritics', () => {
    const registry = createPeopleRegistry();
    const geoana = registry.resolve('Mircea Geoană', 0).person;
    registry.resolve('Miroslav Lajcak', 0);
    expect(registry.resolve('Geoana', 1)).toEqual({ person: geoana, ambiguous: false });
    expect(registry.resolve('GEOANĂ', 1).person).toBe(geoana);
    expect(registry.all().map((person) => person.name)).toEqual(['Mircea Geoană', 'Miroslav Lajcak']);
  });

  it('keeps one person when the full name comes after the surname', () => {
    const registry = createPeopleRegistry();
    const early = registry.resolve('Geoana', 0).person;
    expect(registry.resolve('Mircea Geoana', 1).person).toBe(early);
    expect(early.name).toBe('Mircea Geoana');
  });

  it('takes the most recently named of two people with one surname, and says it was ambiguous', () => {
    const registry = createPeopleRegistry();
    registry.resolve('Anna Smith', 0);
    const john = registry.resolve('John Smith', 1).person;
    expect(registry.resolve('Smith', 2)).toEqual({ person: john, ambiguous: true });
  });

  it('keeps the most trusted role and finds a person by role', () => {
    const registry = createPeopleRegistry();
    const jens = registry.resolve('Jens Stoltenberg', 0).person;
    registry.offerRole(jens, 'Ambassador', ROLE_RANK.rank);
    registry.offerRole(jens, 'NATO Secretary General', ROLE_RANK.title);
    registry.offerRole(jens, 'Secretary', ROLE_RANK.rank);
    expect(jens.role).toBe('NATO Secretary General');
    registry.offerRole(registry.resolve('Mircea Geoană', 0).person, 'NATO Deputy Secretary General', ROLE_RANK.title);
    expect(registry.findByRole('the Secretary General')).toBe(jens);
    expect(registry.findByRole('Secretary General')).toBe(jens);
    expect(registry.findByRole('Spokesperson')).toBeNull();
    expect(registry.findByRole('Deputy Secretary General')?.name).toBe('Mircea Geoană');
  });
});

describe('matchKnownPerson', () => {
  const known = [
    { documentId: 'p1', name: 'Mircea Geoană' },
    { documentId: 'p2', name: 'Miroslav Lajčák' },
    { documentId: 'p3', name: 'Anna Smith' },
    { documentId: 'p4', name: 'John Smith' },
  ];

  it.each([
    ['Mircea Geoana', 'p1'],
    ['MIRCEA GEOANĂ', 'p1'],
    ['Geoana', 'p1'],
    ['M. Geoană', 'p1'],
    ['Miroslav Lajcak', 'p2'],
    ['Lajcak', 'p2'],
  ])('matches %j to %s', (name, documentId) => {
    expect(matchKnownPerson(name, known)?.documentId).toBe(documentId);
  });

  it.each(['Smith', 'Marius Geoana', 'Jens Stoltenberg', ''])('does not match %j', (name) => {
    expect(matchKnownPerson(name, known)).toBeNull();
  });

  it('folds diacritics, case and the letters decomposition leaves alone', () => {
    expect(foldForMatching('Lajčák Geoană Łukasz Çavuşoğlu Yıldız')).toBe('lajcak geoana lukasz cavusoglu yildiz');
    expect(foldForMatching('Đukanović')).toBe(foldForMatching('Djukanovic'));
    expect(foldForMatching('Đukanović')).toBe(foldForMatching('Dukanovic'));
  });
});
