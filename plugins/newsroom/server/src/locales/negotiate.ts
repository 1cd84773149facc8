interface Range {
  tag: string;
  q: number;
}

const parse = (header: string): Range[] =>
  header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.tag && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);

/**
 * The enabled locale that best matches an Accept-Language header (RFC 4647 lookup, simplified):
 * an exact tag first, then a locale of the same language (`fr-CH` -> `fr`, `sr` -> `sr-Latn`).
 * Undefined when nothing matches or the header is absent ("*" leaves the choice to the default).
 */
export const negotiateLocale = (header: string | undefined, enabled: string[]): string | undefined => {
  if (!header) return undefined;
  const byLower = new Map(enabled.map((code) => [code.toLowerCase(), code]));
  for (const { tag } of parse(header)) {
    if (tag === '*') return undefined;
    const exact = byLower.get(tag);
    if (exact) return exact;
    const language = tag.split('-')[0]!;
    const sameLanguage = enabled.find((code) => code.toLowerCase() === language || code.toLowerCase().startsWith(`${language}-`));
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
};
