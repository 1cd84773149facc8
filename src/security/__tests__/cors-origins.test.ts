import { corsSettings } from '../cors-origins';

describe('corsSettings', () => {
  it('allows only the app’s own origin when CORS_ORIGINS is unset', () => {
    expect(corsSettings({ PORT: '1400' })).toEqual({
      origin: ['http://localhost:1400', 'http://127.0.0.1:1400'],
      credentials: true,
    });
  });

  it('adds PUBLIC_URL’s origin to the default', () => {
    expect(corsSettings({ PUBLIC_URL: 'https://press.example.org/cms/' }).origin).toEqual([
      'https://press.example.org',
      'http://localhost:1337',
      'http://127.0.0.1:1337',
    ]);
  });

  it('takes the configured list, trimmed and without trailing slashes', () => {
    expect(corsSettings({ CORS_ORIGINS: ' https://a.example/ , https://b.example,' })).toEqual({
      origin: ['https://a.example', 'https://b.example'],
      credentials: true,
    });
  });

  it('never combines any origin with credentials', () => {
    expect(corsSettings({ CORS_ORIGINS: 'https://a.example,*' })).toEqual({ origin: ['*'], credentials: false });
  });
});
