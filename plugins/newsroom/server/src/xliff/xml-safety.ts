/**
 * The checks an uploaded file passes BEFORE any XML parser sees it: size, encoding, no DOCTYPE or
 * entity declarations (XXE, "billion laughs"), well-formedness. And the only entity decoding done:
 * the five predefined entities and character references, by hand.
 */
import { TextDecoder } from 'node:util';

import { XMLValidator } from 'fast-xml-parser';

import { XliffError } from './errors';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const formatSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

/** The encoding of an XML byte stream: its BOM, else its UTF-16 shape, else its declaration, else UTF-8. */
const sniffEncoding = (bytes: Uint8Array): string => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return declared?.toLowerCase() ?? 'utf-8';
};

/** The file as text, after the size check. A `Buffer` is decoded strictly (bad bytes are an error). */
export const decodeInput = (input: string | Uint8Array, maxBytes: number): string => {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    throw new XliffError(
      'too-large',
      `The file is ${formatSize(size)}; the largest XLIFF file accepted is ${formatSize(maxBytes)}.`,
    );
  }
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const encoding = sniffEncoding(input);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new XliffError(
      'not-xml',
      `The file is in the "${encoding}" encoding, which is not supported. Save it as UTF-8.`,
    );
  }
  try {
    return decoder.decode(input);
  } catch {
    throw new XliffError(
      'not-xml',
      `The file is not valid ${encoding.toUpperCase()} text; it may be damaged. Save it as UTF-8.`,
    );
  }
};

/** Refuses any DOCTYPE or ENTITY declaration, wherever it is (also inside comments or CDATA: no exceptions). */
export const assertNoDoctype = (text: string): void => {
  if (/<!\s*(?:DOCTYPE|ENTITY)/i.test(text)) {
    throw new XliffError(
      'doctype-forbidden',
      'The file contains a DOCTYPE or ENTITY declaration. XLIFF files never need one, and they can be used to ' +
        'attack the server, so the file was refused. Export it again from your translation tool.',
    );
  }
};

/** Line and column (1-based) just after the last character that is not white space: where a truncated file ends. */
export const endPosition = (text: string): { line: number; col: number } => {
  const lines = text.trimEnd().split(/\r\n|\r|\n/);
  return { line: lines.length, col: [...(lines[lines.length - 1] ?? '')].length + 1 };
};

/** The elements still open when the validator reached the end, when that is what it reports. */
const unclosedAtEnd = (code: string, msg: string): string[] | null => {
  const list = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(msg)?.[1];
  if (code === 'InvalidXml' && list !== undefined) {
    try {
      const names: unknown = JSON.parse(list);
      if (Array.isArray(names)) return names.map(String);
    } catch {
      return null;
    }
  }
  const single = /^Unclosed tag '([^']*)'\.?$/.exec(msg)?.[1];
  return code === 'InvalidTag' && single !== undefined ? [single] : null;
};

export const assertWellFormed = (text: string): void => {
  const result = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (result === true) return;
  const { code, msg, line, col } = result.err;
  const unclosed = unclosedAtEnd(code, msg);
  if (unclosed !== null) {
    // The validator names line 1, column 1 here: say where the file really ends.
    const end = endPosition(text);
    throw new XliffError(
      'not-xml',
      `The file ends at line ${end.line}, column ${end.col} before ${unclosed.map((name) => `<${name}>`).join(', ')} ` +
        `${unclosed.length === 1 ? 'is' : 'are'} closed: it is not well-formed XML and may be truncated. Upload the whole file.`,
    );
  }
  throw new XliffError(
    'not-xml',
    `The file is not well-formed XML (line ${line}, column ${col}: ${msg}). It may be damaged or not be an XLIFF file.`,
  );
};

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The characters XML allows (Char production of XML 1.0). */
export const isXmlChar = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

const REFERENCE = /&(?:(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_:][A-Za-z0-9_.:-]*);)?/g;

/**
 * Raw XML text or attribute value → its characters: &lt; &gt; &amp; &quot; &apos; and numeric
 * references (&#233; &#xE9;) are decoded in one pass (so `&amp;lt;` is the text `&lt;`); any other
 * entity, a bare `&` or a reference to a character XML forbids is an error. Nothing else is expanded.
 */
export const decodeEntities = (raw: string): string => {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, ref: string | undefined) => {
    if (ref === undefined) {
      throw new XliffError('not-xml', 'The file is not well-formed XML: a "&" does not start an entity.');
    }
    if (!ref.startsWith('#')) {
      const char = PREDEFINED.get(ref);
      if (char === undefined) {
        throw new XliffError(
          'not-xml',
          `The file uses the entity "${whole}", which is not defined. ` +
            'Only &lt; &gt; &amp; &quot; &apos; and character references are allowed.',
        );
      }
      return char;
    }
    const code = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    if (!isXmlChar(code)) {
      throw new XliffError('not-xml', `The file refers to a character XML does not allow ("${whole}").`);
    }
    return String.fromCodePoint(code);
  });
};
