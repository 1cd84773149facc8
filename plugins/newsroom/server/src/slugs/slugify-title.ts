import { createHash } from 'node:crypto';
import slugify from 'slugify';

import { serbianCyrillicToLatin } from './serbian-cyrillic';

export const MAX_SLUG_LENGTH = 96;

/** Letters slugify's charmap leaves out or maps in a way the newsroom's languages do not. */
const EXTRA_CHARS: Record<string, string> = { đ: 'dj', Đ: 'Dj', ə: 'e', Ə: 'E' };

const language = (locale: string): string => locale.split('-')[0]!.toLowerCase();

const trimToLength = (slug: string, max: number): string => {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
};

/**
 * Lower-case, strict, ASCII slug of `text` as written in `locale`.
 * Serbian (either script) goes through Serbian Latin first; diacritics transliterate.
 * Returns '' when nothing Latin can be made of the text (see `slugForTitle`).
 */
export const slugifyText = (text: string, locale: string): string => {
  const lang = language(locale);
  let source = text.normalize('NFC');
  if (lang === 'sr' || lang === 'sh' || lang === 'bs' || lang === 'me') {
    source = serbianCyrillicToLatin(source);
  }
  source = source.replace(/[đĐəƏ]/g, (char) => EXTRA_CHARS[char] ?? char);
  const slug = slugify(source, { lower: true, strict: true, locale: lang, trim: true });
  return trimToLength(slug.replace(/-{2,}/g, '-').replace(/^-|-$/g, ''), MAX_SLUG_LENGTH);
};

/**
 * The slug for a title: its slugified text, or, for a title with no Latin-convertible
 * character at all, `<prefix>-<8 hex digits of its hash>` (stable for the same title).
 */
export const slugForTitle = (title: string, locale: string, prefix = 'release'): string => {
  const slug = slugifyText(title, locale);
  if (slug) return slug;
  const digest = createHash('sha256').update(title.normalize('NFC')).digest('hex').slice(0, 8);
  return `${prefix}-${digest}`;
};

const withSuffix = (base: string, n: number): string => {
  const suffix = `-${n}`;
  return `${trimToLength(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
};

/** `base`, or `base-2`, `base-3`, ... whichever is the first not in `taken`. */
export const firstFreeSlug = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = withSuffix(base, n);
    if (!taken.has(candidate)) return candidate;
  }
};

/** True when `slug` is `base` or one of the numbered variants `firstFreeSlug` gives. */
export const isDerivedFrom = (slug: string, base: string): boolean => {
  if (slug === base) return true;
  const n = /-(\d+)$/.exec(slug)?.[1];
  return n !== undefined && Number(n) >= 2 && withSuffix(base, Number(n)) === slug;
};
