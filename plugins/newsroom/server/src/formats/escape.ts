/**
 * Characters XML 1.0 forbids even as character references: C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripXmlForbidden = (value: string): string => value.replace(XML_FORBIDDEN, '');

/** Text or attribute value for XML (and for HTML: the same five characters). */
export const escapeXml = (value: string): string =>
  stripXmlForbidden(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Plain text as HTML text or attribute value. */
export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
