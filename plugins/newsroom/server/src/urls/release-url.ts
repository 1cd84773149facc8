/** The page of a release on the consuming site: `baseUrl` + `releasePath` with {locale} and {slug} filled in. */
export const releaseUrl = (site: { baseUrl: string; releasePath: string }, locale: string, slug: string): string =>
  site.baseUrl +
  site.releasePath.replace(/\{locale\}/g, encodeURIComponent(locale)).replace(/\{slug\}/g, encodeURIComponent(slug));
