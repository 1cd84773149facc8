/** One request as a log line: never the query string, headers or body (tokens and passwords travel there). */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  locale?: string;
  /** The newsroom's response cache: `hit`, `miss`, or `revalidated` (a 304); absent elsewhere. */
  cache?: string;
}

interface RequestFacts {
  method: string;
  path: string;
  status: number;
  startedAt: number;
  endedAt: number;
  contentLanguage?: string;
  queryLocale?: unknown;
  cache?: unknown;
}

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const requestLogEntry = (facts: RequestFacts): RequestLogEntry => {
  const locale = facts.contentLanguage || (typeof facts.queryLocale === 'string' ? facts.queryLocale : undefined);
  return {
    method: facts.method,
    path: facts.path,
    status: facts.status,
    durationMs: Math.round((facts.endedAt - facts.startedAt) * 10) / 10,
    ...(locale && LOCALE.test(locale) ? { locale } : {}),
    ...(typeof facts.cache === 'string' ? { cache: facts.cache } : {}),
  };
};
