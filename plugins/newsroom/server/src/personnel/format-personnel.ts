import type { PersonnelQualifier } from '../../../shared/domain';

type Phrases = Record<Exclude<PersonnelQualifier, 'exact'>, string>;

/** `{n}` is the formatted number. Languages without an entry fall back to English. */
const PHRASES: Record<string, Phrases> = {
  en: { approximately: 'around {n}', more_than: 'more than {n}', up_to: 'up to {n}', unknown: 'unknown' },
  fr: { approximately: 'environ {n}', more_than: 'plus de {n}', up_to: 'jusqu’à {n}', unknown: 'inconnu' },
  sq: { approximately: 'rreth {n}', more_than: 'mbi {n}', up_to: 'deri në {n}', unknown: 'i panjohur' },
  'sr-Latn': { approximately: 'oko {n}', more_than: 'više od {n}', up_to: 'do {n}', unknown: 'nepoznato' },
  'sr-Cyrl': { approximately: 'око {n}', more_than: 'више од {n}', up_to: 'до {n}', unknown: 'непознато' },
};

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build: one per locale. */
const numberFormat = (locale: string): Intl.NumberFormat => {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
};

const phrasesFor = (locale: string): Phrases =>
  PHRASES[locale] ?? PHRASES[locale.split('-')[0]!] ?? PHRASES.en!;

/**
 * A personnel figure as a reader of `locale` says it: ("approximately", 500, "fr") -> "environ 500",
 * ("more_than", 4000, "en") -> "more than 4,000". No count, or `unknown`, reads as unknown.
 */
export const formatPersonnel = (
  count: number | null | undefined,
  qualifier: PersonnelQualifier | null | undefined,
  locale: string,
): string => {
  const phrases = phrasesFor(locale);
  if (count === null || count === undefined || qualifier === 'unknown') return phrases.unknown;
  const n = numberFormat(locale).format(count);
  if (!qualifier || qualifier === 'exact') return n;
  return phrases[qualifier].replace('{n}', n);
};
