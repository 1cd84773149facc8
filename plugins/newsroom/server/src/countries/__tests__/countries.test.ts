import { COUNTRY_CODES, isCountryCode } from '../iso-3166';
import { countryName } from '../country-name';

describe('ISO 3166-1 country codes', () => {
  it('holds the 249 assigned codes and Kosovo', () => {
    expect(COUNTRY_CODES.size).toBe(250);
    expect(isCountryCode('TR')).toBe(true);
    expect(isCountryCode('XK')).toBe(true);
  });

  it.each(['EU', 'UN', 'YU', 'tr', 'TUR', 'ZZ', '', null, 42])('rejects %p', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryName', () => {
  it('names a nation in each newsroom locale', () => {
    expect(countryName('TR', 'fr')).toBe('Turquie');
    expect(countryName('TR', 'sr-Cyrl')).toBe('Турска');
    expect(countryName('TR', 'sr-Latn')).toBe('Turska');
    expect(countryName('TR', 'sq')).toBe('Turqi');
    expect(countryName('DE', 'en')).toBe('Germany');
  });

  it('answers null for something that is not a country', () => {
    expect(countryName('EU', 'en')).toBeNull();
    expect(countryName(null, 'en')).toBeNull();
  });
});
