import { requestLogEntry } from '../request-log-entry';

describe('requestLogEntry', () => {
  it('keeps method, path, status, duration, locale and cache state', () => {
    expect(
      requestLogEntry({ method: 'GET', path: '/api/newsroom/releases', status: 200, startedAt: 10, endedAt: 22.46, contentLanguage: 'fr', cache: 'hit' }),
    ).toEqual({ method: 'GET', path: '/api/newsroom/releases', status: 200, durationMs: 12.5, locale: 'fr', cache: 'hit' });
  });

  it('falls back to ?locale= and drops what is not a language tag', () => {
    expect(requestLogEntry({ method: 'GET', path: '/x', status: 400, startedAt: 0, endedAt: 1, queryLocale: 'sr-Cyrl' }).locale).toBe('sr-Cyrl');
    expect(requestLogEntry({ method: 'GET', path: '/x', status: 400, startedAt: 0, endedAt: 1, queryLocale: 'x"; drop' }).locale).toBeUndefined();
    expect(requestLogEntry({ method: 'GET', path: '/x', status: 400, startedAt: 0, endedAt: 1, queryLocale: ['en', 'fr'] }).locale).toBeUndefined();
  });
});
