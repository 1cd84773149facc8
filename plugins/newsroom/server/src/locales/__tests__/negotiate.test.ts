import { negotiateLocale } from '../negotiate';

const ENABLED = ['en', 'fr', 'sq', 'sr-Latn', 'sr-Cyrl'];

describe('negotiateLocale', () => {
  it('takes the best weighted match', () => {
    expect(negotiateLocale('de;q=0.9, fr;q=0.8, en;q=0.5', ENABLED)).toBe('fr');
    expect(negotiateLocale('en;q=0.1, sq', ENABLED)).toBe('sq');
  });

  it('matches exact tags case-insensitively, then by language', () => {
    expect(negotiateLocale('sr-cyrl', ENABLED)).toBe('sr-Cyrl');
    expect(negotiateLocale('fr-CH', ENABLED)).toBe('fr');
    expect(negotiateLocale('sr', ENABLED)).toBe('sr-Latn');
  });

  it('leaves the choice to the default when nothing matches', () => {
    expect(negotiateLocale(undefined, ENABLED)).toBeUndefined();
    expect(negotiateLocale('de, ja', ENABLED)).toBeUndefined();
    expect(negotiateLocale('*', ENABLED)).toBeUndefined();
    expect(negotiateLocale('fr;q=0', ENABLED)).toBeUndefined();
  });
});
