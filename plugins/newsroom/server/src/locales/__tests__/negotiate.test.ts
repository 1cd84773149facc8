import { MAX_RANGES, negotiateLocale, parseAcceptLanguage } from '../negotiate';

const ENABLED = ['en', 'fr', 'sq', 'sr-Latn', 'sr-Cyrl'];
const OPTIONS = { defaultLocale: 'en', defaultScripts: { sr: 'Latn' } };
const negotiate = (header: string | undefined, enabled = ENABLED, options = OPTIONS) => negotiateLocale(header, enabled, options);

describe('parseAcceptLanguage', () => {
  it('orders ranges by weight, then by position, with canonical tags', () => {
    expect(parseAcceptLanguage('fr;q=0.5, SR-cyrl-rs, en;q=0.9, de;q=0.5')).toEqual([
      { tag: 'sr-Cyrl-RS', q: 1 },
      { tag: 'en', q: 0.9 },
      { tag: 'fr', q: 0.5 },
      { tag: 'de', q: 0.5 },
    ]);
  });

  it('accepts the weight syntax of RFC 9110 and skips what is malformed', () => {
    expect(parseAcceptLanguage('fr ; q=0.800, en;Q=1.0, *;q=0')).toEqual([
      { tag: 'en', q: 1 },
      { tag: 'fr', q: 0.8 },
      { tag: '*', q: 0 },
    ]);
    for (const bad of ['fr;q=2', 'fr;q=0.1234', 'fr;q=-1', 'fr;q=abc', 'fr;q=', 'fr_FR', '123', 'fr--CA', 'toolongtag', '', ';q=1']) {
      expect(parseAcceptLanguage(bad)).toEqual([]);
    }
  });

  it(`reads at most ${MAX_RANGES} ranges`, () => {
    const header = Array.from({ length: 200 }, () => 'de').join(',');
    expect(parseAcceptLanguage(header)).toHaveLength(MAX_RANGES);
  });
});

describe('negotiateLocale', () => {
  it('takes the best weighted match', () => {
    expect(negotiate('de;q=0.9, fr;q=0.8, en;q=0.5')).toBe('fr');
    expect(negotiate('en;q=0.1, sq')).toBe('sq');
    expect(negotiate('fr;q=0.5, en;q=0.5')).toBe('fr');
  });

  it('matches the script a tag names (issue 9, hole 5)', () => {
    expect(negotiate('sr-Cyrl-RS')).toBe('sr-Cyrl');
    expect(negotiate('sr-Cyrl-BA')).toBe('sr-Cyrl');
    expect(negotiate('sr-Cyrl-ME')).toBe('sr-Cyrl');
    expect(negotiate('sr-Latn-RS')).toBe('sr-Latn');
    expect(negotiate('sr-cyrl')).toBe('sr-Cyrl');
    expect(negotiate('sr-Cyrl-RS, sr-Latn;q=0.9')).toBe('sr-Cyrl');
  });

  it('gives a Serbian tag without a script the configured default script', () => {
    for (const tag of ['sr', 'sr-RS', 'sr-BA', 'sr-ME']) expect(negotiate(tag)).toBe('sr-Latn');
    const cyrillicFirst = { defaultLocale: 'en', defaultScripts: { sr: 'Cyrl' } };
    for (const tag of ['sr', 'sr-RS', 'sr-BA']) expect(negotiate(tag, ENABLED, cyrillicFirst)).toBe('sr-Cyrl');
    // A script named in the tag always wins over the default.
    expect(negotiate('sr-Latn', ENABLED, cyrillicFirst)).toBe('sr-Latn');
  });

  it("infers a script from CLDR's likely subtags for languages without a configured default", () => {
    const chinese = ['en', 'zh-Hans', 'zh-Hant'];
    expect(negotiate('zh-TW', chinese)).toBe('zh-Hant');
    expect(negotiate('zh-HK', chinese)).toBe('zh-Hant');
    expect(negotiate('zh-CN', chinese)).toBe('zh-Hans');
    expect(negotiate('zh', chinese)).toBe('zh-Hans');
    expect(negotiate('zh-Hant-CN', chinese)).toBe('zh-Hant');
    // Without a configured default, Serbian follows CLDR: Cyrillic in Serbia, Latin in Montenegro.
    const cldrOnly = { defaultLocale: 'en' };
    expect(negotiate('sr-RS', ENABLED, cldrOnly)).toBe('sr-Cyrl');
    expect(negotiate('sr-ME', ENABLED, cldrOnly)).toBe('sr-Latn');
  });

  it('falls back from a region to its language, and from a language to a regional locale', () => {
    expect(negotiate('fr-CA')).toBe('fr');
    expect(negotiate('fr-CH, en;q=0.9')).toBe('fr');
    expect(negotiate('en-GB')).toBe('en');
    expect(negotiate('sq-XK')).toBe('sq');
    expect(negotiate('fr', ['en', 'fr-CA'])).toBe('fr-CA');
    expect(negotiate('pt-PT', ['en', 'pt-BR'])).toBe('pt-BR');
  });

  it('uses the default script only when that locale is enabled', () => {
    expect(negotiate('sr', ['en', 'sr-Cyrl'])).toBe('sr-Cyrl');
  });

  it('treats * as the default locale, or another one when the default is excluded', () => {
    expect(negotiate('*')).toBe('en');
    expect(negotiate('de, *;q=0.5')).toBe('en');
    expect(negotiate('en;q=0, *')).toBe('fr');
  });

  it('never answers a locale the header excludes with q=0', () => {
    expect(negotiate('fr;q=0')).toBeUndefined();
    expect(negotiate('sr-Latn;q=0, sr')).toBe('sr-Cyrl');
    expect(negotiate('sr;q=0, sr-Cyrl')).toBeUndefined();
    expect(negotiate('fr-CA, fr;q=0, en;q=0.1')).toBe('en');
  });

  it('leaves the choice to the caller when nothing matches', () => {
    expect(negotiate(undefined)).toBeUndefined();
    expect(negotiate('')).toBeUndefined();
    expect(negotiate('de, ja')).toBeUndefined();
    expect(negotiate('x-klingon, i-default')).toBeUndefined();
    expect(negotiate('garbage;;;,,,;q=')).toBeUndefined();
  });
});
