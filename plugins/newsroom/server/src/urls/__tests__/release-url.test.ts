import { releaseUrl } from '../release-url';

describe('releaseUrl', () => {
  it('fills the locale and slug into the site path', () => {
    expect(releaseUrl({ baseUrl: 'https://nato.example', releasePath: '/{locale}/releases/{slug}' }, 'sr-Latn', 'kfor')).toBe(
      'https://nato.example/sr-Latn/releases/kfor',
    );
    expect(releaseUrl({ baseUrl: 'https://nato.example', releasePath: '/news/{slug}?lang={locale}' }, 'fr', 'otan')).toBe(
      'https://nato.example/news/otan?lang=fr',
    );
  });
});
