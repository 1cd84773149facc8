/** Writing text and attribute values into XML without ever producing markup or invalid characters. */

/** Characters XML 1.0 cannot carry at all, even as character references. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const isLoneSurrogate = (char: string): boolean => /^[\uD800-\uDFFF]$/.test(char);

/** `text` with the characters XML cannot carry removed (a lone surrogate becomes U+FFFD). */
export const stripNonXmlChars = (text: string): string =>
  text.replace(NOT_XML_CHAR, (char) => (isLoneSurrogate(char) ? '\uFFFD' : ''));

const escapeChar = (char: string): string => {
  switch (char) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\r':
      return '&#13;';
    case '\n':
      return '&#10;';
    case '\t':
      return '&#9;';
    default:
      return char;
  }
};

/** Element content. `>` is escaped too, so that `]]>` never appears. */
export const escapeText = (text: string): string => stripNonXmlChars(text).replace(/[&<>\r]/g, escapeChar);

/** Attribute values (double-quoted); line breaks and tabs as references so that they survive normalization. */
export const escapeAttr = (value: string): string => stripNonXmlChars(value).replace(/[&<>"\r\n\t]/g, escapeChar);

/**
 * Element content in an XLIFF 2 segment: characters XML cannot carry become `<cp hex="..."/>`
 * (lone surrogates become U+FFFD, which `<cp>` cannot carry either).
 */
export const escapeSegmentText2 = (text: string): string => {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(NOT_XML_CHAR)) {
    const char = match[0];
    out += escapeText(text.slice(last, match.index));
    out += isLoneSurrogate(char)
      ? '\uFFFD'
      : `<cp hex="${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
    last = match.index + char.length;
  }
  return out + escapeText(text.slice(last));
};

/** `name="value"` pairs, leaving out undefined values. */
export const attributes = (attrs: Record<string, string | undefined>): string =>
  Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
