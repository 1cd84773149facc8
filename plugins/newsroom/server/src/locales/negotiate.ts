import { match } from '@formatjs/intl-localematcher';

/** Language ranges read from one header, at most: the rest is ignored (bounds the work per request). */
export const MAX_RANGES = 16;

export interface LanguageRange {
  /** A canonical BCP 47 tag (`sr-Cyrl-RS`), or `*`. */
  tag: string;
  q: number;
}

// RFC 9110 §12.5.4 / §12.4.2: language-range [ OWS ";" OWS "q=" qvalue ].
const RANGE = /^(\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$/;
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

const canonical = (tag: string): string | undefined => {
  if (tag === '*') return tag;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a well-formed BCP 47 tag
  }
};

/**
 * The ranges of an Accept-Language header, best first (q, then order). Malformed ranges and
 * weights are skipped, as a recipient may; ranges with q=0 are kept (they exclude).
 */
export const parseAcceptLanguage = (header: string): LanguageRange[] => {
  const ranges: Array<LanguageRange & { index: number }> = [];
  for (const [index, part] of header.split(',').slice(0, MAX_RANGES).entries()) {
    const [rawTag = '', ...params] = part.split(';').map((piece) => piece.trim());
    if (!RANGE.test(rawTag)) continue;
    let q = 1;
    const weight = params.find((param) => /^q\s*=/i.test(param));
    if (weight !== undefined) {
      const value = weight.replace(/^q\s*=\s*/i, '');
      if (!QVALUE.test(value)) continue;
      q = Number(value);
    }
    const tag = canonical(rawTag);
    if (tag) ranges.push({ tag, q, index });
  }
  return ranges.sort((a, b) => b.q - a.q || a.index - b.index).map(({ tag, q }) => ({ tag, q }));
};

/** RFC 4647 basic filtering: `sr` matches `sr`, `sr-Latn`, `sr-Cyrl-RS`; `*` matches everything. */
const rangeMatches = (range: string, code: string): boolean => {
  if (range === '*') return true;
  const lower = code.toLowerCase();
  const prefix = range.toLowerCase();
  return lower === prefix || lower.startsWith(`${prefix}-`);
};

export interface NegotiationOptions {
  /** The default locale: what `*` means when nothing else matched. */
  defaultLocale: string;
  /**
   * Script a tag of this language without one means (`{ sr: 'Latn' }`: `sr`, `sr-RS`, `sr-BA`
   * -> `sr-Latn`). Languages not listed get CLDR's likely script (`zh-TW` -> `zh-Hant`).
   */
  defaultScripts?: Record<string, string>;
}

const NO_MATCH = 'und';

/** The enabled locale closest to one tag, by CLDR language matching (script-aware), if any. */
const closest = (tag: string, candidates: string[], defaultScripts: Record<string, string>): string | undefined => {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  const script = locale.script ? undefined : defaultScripts[locale.language];
  if (script) {
    const preferred = candidates.find((code) => code.toLowerCase() === `${locale.language}-${script}`.toLowerCase());
    if (preferred) return preferred;
  }
  try {
    const found = match([tag], candidates, NO_MATCH, { algorithm: 'best fit' });
    return candidates.includes(found) ? found : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The enabled locale that best answers an Accept-Language header (RFC 9110; BCP 47 tags matched
 * with CLDR's language distances, so scripts count: `sr-Cyrl-RS` -> `sr-Cyrl`, `fr-CA` -> `fr`,
 * `zh-TW` -> `zh-Hant`). Ranges are tried best first; `q=0` excludes what it matches; `*` means
 * the default locale (or any enabled one not excluded). Undefined when nothing is acceptable or
 * the header is absent: the caller serves its default.
 */
export const negotiateLocale = (
  header: string | undefined,
  enabled: string[],
  options: NegotiationOptions,
): string | undefined => {
  if (!header) return undefined;
  const ranges = parseAcceptLanguage(header);
  const excluded = ranges.filter((range) => range.q === 0 && range.tag !== '*');
  const candidates = enabled.filter((code) => !excluded.some((range) => rangeMatches(range.tag, code)));
  if (candidates.length === 0) return undefined;
  for (const { tag, q } of ranges) {
    if (q === 0) continue;
    if (tag === '*') return candidates.includes(options.defaultLocale) ? options.defaultLocale : candidates[0];
    const found = closest(tag, candidates, options.defaultScripts ?? {});
    if (found) return found;
  }
  return undefined;
};
