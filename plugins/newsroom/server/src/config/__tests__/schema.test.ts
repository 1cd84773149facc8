import { DEFAULT_LOCALES, parseConfig } from '../schema';

describe('newsroom config', () => {
  it('fills every default when nothing is configured', () => {
    const config = parseConfig({});
    expect(config.locales).toEqual({ default: 'en', available: DEFAULT_LOCALES });
    expect(config.api).toEqual({ defaultPageSize: 25, maxPageSize: 100 });
    expect(config.site).toEqual({
      baseUrl: 'http://localhost:3000',
      releasePath: '/{locale}/releases/{slug}',
      name: 'Newsroom',
      publisher: { name: 'Newsroom' },
    });
    expect(config.http.maxAge).toBe(60);
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

  it('normalises the site URL and rejects one that is not http(s)', () => {
    expect(parseConfig({ site: { baseUrl: 'https://nato.example/' } }).site.baseUrl).toBe('https://nato.example');
    expect(() => parseConfig({ site: { baseUrl: 'javascript:alert(1)' } })).toThrow(/site\.baseUrl/);
    expect(() => parseConfig({ site: { releasePath: 'releases' } })).toThrow(/site\.releasePath/);
  });

  it('rejects page sizes out of range', () => {
    expect(() => parseConfig({ api: { defaultPageSize: 0 } })).toThrow(/api\.defaultPageSize/);
    expect(() => parseConfig({ api: { defaultPageSize: 50, maxPageSize: 20 } })).toThrow(
      /api\.defaultPageSize: must not exceed/,
    );
  });

  it('takes a default script per language, only for a locale it lists', () => {
    expect(parseConfig({}).locales.defaultScripts).toBeUndefined();
    expect(parseConfig({ locales: { defaultScripts: { sr: 'Cyrl' } } }).locales.defaultScripts).toEqual({ sr: 'Cyrl' });
    expect(() => parseConfig({ locales: { available: ['en', 'sr-Cyrl'], defaultScripts: { sr: 'Latn' } } })).toThrow(
      /locales\.defaultScripts\.sr: "sr-Latn" must also be listed in locales\.available/,
    );
    expect(() => parseConfig({ locales: { defaultScripts: { sr: 'latin' } } })).toThrow(/locales\.defaultScripts\.sr: must be an ISO 15924/);
    expect(() => parseConfig({ locales: { defaultScripts: { Serbian: 'Latn' } } })).toThrow(/locales\.defaultScripts\.Serbian: Invalid key/);
  });

  it('bounds GraphQL requests by default and validates the limits', () => {
    expect(parseConfig({}).graphql).toEqual({ maxTokens: 2000, maxAliases: 15, maxDirectives: 20, maxCost: 25000 });
    expect(parseConfig({ graphql: { introspection: false, maxCost: 1000 } }).graphql).toMatchObject({ introspection: false, maxCost: 1000 });
    expect(() => parseConfig({ graphql: { maxTokens: 10 } })).toThrow(/graphql\.maxTokens/);
    expect(() => parseConfig({ graphql: { maxCost: 'lots' } })).toThrow(/graphql\.maxCost/);
    expect(() => parseConfig({ graphql: { depth: 3 } })).toThrow(/depth/);
  });
});
