/**
 * JSON-LD to put inside `<script type="application/ld+json">`: `<`, `>` and `&` written as JSON
 * escapes so no `</script>` or `<!--` can end or alter the element, and U+2028/U+2029 escaped for
 * the JavaScript parsers that still choke on them. The result parses to the same value.
 */
export const serializeJsonLd = (value: unknown): string =>
  (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The whole `<script type="application/ld+json">` element. */
export const jsonLdScript = (value: unknown): string =>
  `<script type="application/ld+json">${serializeJsonLd(value)}</script>`;
