import { countryName } from '../../countries/country-name';
import { findDates, isoDate, yearOf } from '../dates';
import { findNations, nationCode } from '../nations';
import { findNumbers } from '../numbers';

describe('findDates', () => {
  it.each([
    ['met today (13 June 2023)', '2023-06-13'],
    ['on June 13, 2023 in Brussels', '2023-06-13'],
    ['on 13th June, 2023', '2023-06-13'],
    ['on Jun. 5, 2023', '2023-06-05'],
    ['dated 13/06/2023', '2023-06-13'],
    ['dated 13.06.2023', '2023-06-13'],
    ['at 2023-06-13', '2023-06-13'],
    ['from 1 Sept 2024', '2024-09-01'],
  ])('reads %j', (text, iso) => {
    expect(findDates(text).map((date) => date.iso)).toEqual([iso]);
  });

  it('finds every date in order, with its position', () => {
    const text = 'met today (13 June 2023); troops arrived on 5 June 2023.';
    expect(findDates(text)).toEqual([
      { iso: '2023-06-13', index: 11, end: 23, hasYear: true },
      { iso: '2023-06-05', index: 44, end: 55, hasYear: true },
    ]);
  });

  it('completes a date without a year with the reference year, and skips it without one', () => {
    expect(findDates('arrived on 5 June', 2023)).toEqual([{ iso: '2023-06-05', index: 11, end: 17, hasYear: false }]);
    expect(findDates('arrived on 5 June')).toEqual([]);
  });

  it('skips impossible dates and words that only look like months', () => {
    expect(findDates('31 February 2023, 32 May 2023, 13/13/2023')).toEqual([]);
    expect(findDates('Allies may 5 times a year')).toEqual([]);
  });

  it('validates ISO dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(yearOf('2023-06-13')).toBe(2023);
    expect(yearOf('2023-02-31')).toBeNull();
    expect(yearOf('soon')).toBeNull();
  });
});

describe('findNumbers', () => {
  const values = (text: string): number[] => findNumbers(text).map((number) => number.value);

  it.each([
    ['with well over 4,000 troops', [4000]],
    ['4 000 soldiers', [4000]],
    ['4.000 soldiers', [4000]],
    ['1,200,000 people', [1200000]],
    ['500 Turkish service members', [500]],
    ['five hundred soldiers', [500]],
    ['two thousand five hundred troops', [2500]],
    ['twenty-five officers', [25]],
    ['a thousand peacekeepers', [1000]],
  ])('reads %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('does not read ordinals, decimals or codes as figures', () => {
    expect(values('the 65th brigade')).toEqual([]);
    expect(values('1.5 million euros')).toEqual([]);
    expect(values('F16 jets')).toEqual([]);
  });

  it('keeps a year and a figure apart', () => {
    expect(values('in 2023 500 troops')).toEqual([2023, 500]);
    expect(values('on 5 June 2023, 300 troops')).toEqual([5, 2023, 300]);
  });

  it('gives the position of each figure', () => {
    expect(findNumbers('over 4,000 troops')).toEqual([{ value: 4000, index: 5, end: 10 }]);
  });
});

describe('nations', () => {
  const NATO = 'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US';
  const EU_ONLY = 'AT CY IE MT';

  it.each(`${NATO} ${EU_ONLY}`.split(' '))('knows %s by its English name', (code) => {
    expect(nationCode(countryName(code, 'en')!)).toBe(code);
  });

  it.each([
    ['Turkish', 'TR'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Turkiye', 'TR'],
    ['Italian', 'IT'],
    ['Polish', 'PL'],
    ['Dutch', 'NL'],
    ['British', 'GB'],
    ['American', 'US'],
    ['Czech', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['North Macedonia', 'MK'],
    ['Slovak', 'SK'],
    ['Slovene', 'SI'],
    ['Greek', 'GR'],
    ['Hellenic', 'GR'],
    ['Montenegrin', 'ME'],
    ['Luxembourgish', 'LU'],
    ['Icelandic', 'IS'],
    ['Irish', 'IE'],
    ['Maltese', 'MT'],
    ['Cypriot', 'CY'],
    ['Austrian', 'AT'],
    ['Swiss', 'CH'],
    ['Ukrainian', 'UA'],
    ['Moroccan', 'MA'],
    ['Kosovo', 'XK'],
    ['Bosnia and Herzegovina', 'BA'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['USA', 'US'],
  ])('reads %s as %s', (word, code) => {
    expect(nationCode(word)).toBe(code);
  });

  it('does not read ordinary words as nations', () => {
    expect(nationCode('Us')).toBeNull();
    expect(nationCode('Allies')).toBeNull();
    expect(nationCode('European')).toBeNull();
  });

  it('finds names and adjectives in a sentence, the longest reading first, possessives marked', () => {
    const found = findNations(
      'Around 500 Turkish service members from Türkiye’s brigade went to Bosnia and Herzegovina.',
    );
    expect(found.map(({ code, kind, text, possessive }) => ({ code, kind, text, possessive }))).toEqual([
      { code: 'TR', kind: 'demonym', text: 'Turkish', possessive: false },
      { code: 'TR', kind: 'country', text: 'Türkiye', possessive: true },
      { code: 'BA', kind: 'country', text: 'Bosnia and Herzegovina', possessive: false },
    ]);
  });
});
