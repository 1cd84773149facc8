/** A locale code's language named in the interface's language ("fr" in French: "français"), else the code. */
export const localeName = (code: string, uiLocale: string): string => {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
