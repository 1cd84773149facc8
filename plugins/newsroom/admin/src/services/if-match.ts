/** The If-Match header of a composer write: the version the editor saw (none: no check). */
export const ifMatch = (version: string | undefined): Record<string, string> =>
  version ? { 'If-Match': `"${version}"` } : {};
