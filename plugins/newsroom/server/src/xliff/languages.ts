import { XliffError } from './errors';

/** BCP 47 tags compare case-insensitively; '_' (as some tools write 'fr_FR') counts as '-'. */
export const normalizeLanguage = (tag: string): string => tag.trim().replace(/_/g, '-').toLowerCase();

export const sameLanguage = (a: string, b: string): boolean => normalizeLanguage(a) === normalizeLanguage(b);

/** The shape of a BCP 47 tag ('en', 'fr-CA', 'sr-Latn-RS'); not a registry check. */
export const isLanguageTag = (tag: string): boolean => /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag);

/** Throws 'language-mismatch' unless the file's target language is the expected one. */
export const assertTargetLanguage = (declared: string | undefined, expected: string): string => {
  if (declared === undefined || declared.trim() === '') {
    throw new XliffError(
      'language-mismatch',
      `The file does not say which language it is translated into; expected "${expected}".`,
    );
  }
  if (!sameLanguage(declared, expected)) {
    throw new XliffError(
      'language-mismatch',
      `The file is translated into "${declared}", but this import is for "${expected}". ` +
        `Choose the "${declared}" locale or upload the "${expected}" file.`,
    );
  }
  return declared;
};
