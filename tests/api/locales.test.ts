import { bootApp } from '../helpers/strapi';

interface Locale {
  code: string;
  name: string;
}

describe('newsroom locales', () => {
  it('creates the configured locales at bootstrap and makes en the default', async () => {
    const app = await bootApp();
    try {
      const i18n = app.strapi.plugin('i18n').service('locales');
      const codes = ((await i18n.find()) as Locale[]).map((locale) => locale.code).sort();
      expect(codes).toEqual(['en', 'fr', 'sq', 'sr-Cyrl', 'sr-Latn']);
      expect(await i18n.getDefaultLocale()).toBe('en');
      const serbian = (await i18n.findByCode('sr-Cyrl')) as Locale;
      expect(serbian.name).toMatch(/Serbian/);
    } finally {
      await app.close();
    }
  });

  it('takes the locales and default from config', async () => {
    const app = await bootApp({ NEWSROOM_LOCALES: 'fr,sq', NEWSROOM_DEFAULT_LOCALE: 'fr' });
    try {
      const i18n = app.strapi.plugin('i18n').service('locales');
      expect(await i18n.getDefaultLocale()).toBe('fr');
      const response = await app.http().get('/api/newsroom/releases').expect(200);
      expect(response.body.meta.locale).toBe('fr');
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a locale code Strapi does not know, saying which', async () => {
    await expect(bootApp({ NEWSROOM_LOCALES: 'en,fr,xx-Klingon' })).rejects.toThrow(
      /locales\.available names "xx-Klingon", which Strapi i18n does not know/,
    );
  });

  it('refuses to start with a malformed locale config, naming the key', async () => {
    await expect(bootApp({ NEWSROOM_LOCALES: 'fr', NEWSROOM_DEFAULT_LOCALE: 'en' })).rejects.toThrow(
      /locales\.default: "en" must also be listed in locales\.available/,
    );
  });
});
