export type XliffErrorCode =
  /** The file is not well-formed XML (or not in a readable encoding). */
  | 'not-xml'
  /** The file declares a DOCTYPE or entities: refused before parsing (XXE, "billion laughs"). */
  | 'doctype-forbidden'
  /** The file is larger than the limit. */
  | 'too-large'
  /** The root is not an XLIFF 1.2, 2.0 or 2.1 `<xliff>` in the right namespace. */
  | 'wrong-version'
  /** The file's target language is not the locale being imported. */
  | 'language-mismatch'
  /** A unit id's MAC does not match its source: the file was forged or edited (see unit-mac.ts). */
  | 'signature-invalid'
  /** A translation's formatting tags do not match its source's (see `unitId`). */
  | 'inline-codes-altered'
  /** XLIFF that breaks the structure this import needs (missing source, duplicate unit id, ...). */
  | 'malformed'
  /** `exportXliff` was given something it cannot write (a programming error of the caller). */
  | 'invalid-export';

/** Every failure of the XLIFF module. `message` is written for the person who uploaded the file. */
export class XliffError extends Error {
  readonly code: XliffErrorCode;
  /** The unit the problem is in, when it is in one. */
  readonly unitId?: string;

  constructor(code: XliffErrorCode, message: string, unitId?: string) {
    super(message);
    this.name = 'XliffError';
    this.code = code;
    if (unitId !== undefined) this.unitId = unitId;
  }
}

export const isXliffError = (error: unknown): error is XliffError => error instanceof XliffError;
