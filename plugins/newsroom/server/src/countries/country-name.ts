import { isCountryCode } from './iso-3166';

const displayNames = new Map<string, Intl.DisplayNames>();

const namesFor = (locale: string): Intl.DisplayNames => {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names;
};

/** The country's name in `locale` ("TR" -> "Türkiye"/"Turquie"/"Турска"), or null for a non-country. */
export const countryName = (code: string | null | undefined, locale: string): string | null => {
  if (!isCountryCode(code)) return null;
  return namesFor(locale).of(code) ?? code;
};
