import { DEFAULT_LOCALES, parseConfig } from '../schema';

describe('newsroom config', () => {
  it('fills every default when nothing is configured', () => {
    expect(parseConfig({})).toEqual({
      locales: { default: 'en', available: DEFAULT_LOCALES },
      api: { defaultPageSize: 25, maxPageSize: 100 },
    });
    expect(parseConfig(undefined).locales.default).toBe('en');
  });

  it('takes a shorter locale list as it is', () => {
    expect(parseConfig({ locales: { available: ['en', 'fr'] } }).locales).toEqual({
      default: 'en',
      available: ['en', 'fr'],
    });
  });

  it('rejects a default locale that is not available', () => {
    expect(() => parseConfig({ locales: { default: 'de', available: ['en'] } })).toThrow(
      /locales\.default: "de" must also be listed in locales\.available/,
    );
  });

  it('rejects malformed codes, duplicates and unknown keys', () => {
    expect(() => parseConfig({ locales: { available: ['en', 'French'] } })).toThrow(
      /locales\.available\.1: must be a locale code/,
    );
    expect(() => parseConfig({ locales: { available: ['en', 'en'] } })).toThrow(/lists a locale twice/);
    expect(() => parseConfig({ localse: {} })).toThrow(/localse/);
  });

  it('rejects page sizes out of range', () => {
    expect(() => parseConfig({ api: { defaultPageSize: 0 } })).toThrow(/api\.defaultPageSize/);
    expect(() => parseConfig({ api: { defaultPageSize: 50, maxPageSize: 20 } })).toThrow(
      /api\.defaultPageSize: must not exceed/,
    );
  });
});
