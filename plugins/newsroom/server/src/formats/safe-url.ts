export type UrlScheme = 'http' | 'https' | 'mailto';

/** Only used to tell root-relative paths from URLs that escape to another host (`/\evil.example`). */
const PLACEHOLDER_ORIGIN = 'http://relative.invalid';

const parse = (value: string, base?: string): URL | null => {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
};

/**
 * A URL fit for an href or src: absolute with one of `schemes`, normalised the way a browser reads it
 * (so `JaVaScRiPt:`, `java\tscript:` or ` javascript:` are all seen as `javascript:` and refused).
 * A relative URL is resolved against `base` when given; without a base only a root-relative path is
 * kept. Anything else gives null.
 */
export const safeUrl = (raw: unknown, schemes: readonly UrlScheme[], base?: string): string | null => {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const absolute = parse(raw) ?? (base ? parse(raw, base) : null);
  if (absolute) {
    const scheme = absolute.protocol.slice(0, -1);
    return (schemes as readonly string[]).includes(scheme) ? absolute.href : null;
  }
  const relative = parse(raw, PLACEHOLDER_ORIGIN);
  if (!relative || relative.origin !== PLACEHOLDER_ORIGIN || !raw.trim().startsWith('/')) return null;
  return `${relative.pathname}${relative.search}${relative.hash}`;
};
