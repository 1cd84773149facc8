import type { Core } from '@strapi/strapi';

import { DEFAULT_SCRIPTS } from '../config/schema';
import { negotiateLocale } from '../locales/negotiate';
import { i18nIsoLocales, i18nLocales } from '../utils/i18n';
import { onceAcrossInstances } from '../utils/once-across-instances';
import { getService } from '../utils/get-service';

export class UnknownLocaleError extends Error {
  constructor(
    readonly locale: string,
    readonly available: string[],
  ) {
    super(`Locale "${locale}" is not enabled in this newsroom (enabled: ${available.join(', ')})`);
    this.name = 'UnknownLocaleError';
  }
}

export interface EnabledLocales {
  codes: string[];
  defaultCode: string;
}

/** The newsroom's locales: made to exist in Strapi's i18n at bootstrap, resolved for each request. */
const locales = ({ strapi }: { strapi: Core.Strapi }) => {
  let memo: { version: number; locales: EnabledLocales } | undefined;
  return {
  /**
   * Creates every configured locale missing from i18n and makes the configured default the
   * default. Fails with a clear message for a code Strapi's i18n does not know.
   */
  async ensureConfigured(): Promise<void> {
    const { locales: wanted } = getService(strapi, 'settings').get();
    const isoNames = new Map(i18nIsoLocales(strapi).getIsoLocales().map((iso) => [iso.code, iso.name]));
    const unknown = wanted.available.filter((code) => !isoNames.has(code));
    if (unknown.length > 0) {
      throw new Error(
        `newsroom: locales.available names ${unknown.map((code) => `"${code}"`).join(', ')}, ` +
          'which Strapi i18n does not know. Use codes from the i18n locale list (e.g. "en", "fr", "sq", "sr-Latn", "sr-Cyrl").',
      );
    }

    await onceAcrossInstances(strapi, 'locales', async () => {
      const service = i18nLocales(strapi);
      for (const code of wanted.available) {
        if (!(await service.findByCode(code))) {
          await service.create({ code, name: isoNames.get(code) ?? code });
          strapi.log.info(`[newsroom] created locale ${code}`);
        }
      }
      if ((await service.getDefaultLocale()) !== wanted.default) {
        await service.setDefaultLocale({ code: wanted.default });
        strapi.log.info(`[newsroom] default locale set to ${wanted.default}`);
      }
    });
  },

  /**
   * Codes of every locale enabled in i18n, the default first. With `contentVersion` (which
   * changes with every locale write), the answer is memoised for that version.
   */
  async enabled(contentVersion?: number): Promise<EnabledLocales> {
    if (contentVersion !== undefined && memo?.version === contentVersion) return memo.locales;
    const service = i18nLocales(strapi);
    const all = await service.find();
    const defaultCode = await service.getDefaultLocale();
    const codes = all.map((locale) => locale.code);
    const fallback = defaultCode ?? getService(strapi, 'settings').get().locales.default;
    const locales = { codes: [fallback, ...codes.filter((code) => code !== fallback)], defaultCode: fallback };
    if (contentVersion !== undefined) memo = { version: contentVersion, locales };
    return locales;
  },

  /**
   * The locale a request asked for (`?locale=`), else the best match of its Accept-Language,
   * else the default. Throws UnknownLocaleError for an asked locale that is not enabled.
   */
  async resolve(requested: string | undefined, acceptLanguage?: string, contentVersion?: number): Promise<string> {
    const { codes, defaultCode } = await this.enabled(contentVersion);
    if (requested === undefined) {
      const { defaultScripts = DEFAULT_SCRIPTS } = getService(strapi, 'settings').get().locales;
      return negotiateLocale(acceptLanguage, codes, { defaultLocale: defaultCode, defaultScripts }) ?? defaultCode;
    }
    if (!codes.includes(requested)) throw new UnknownLocaleError(requested, codes);
    return requested;
  },

  async defaultCode(): Promise<string> {
    return (await this.enabled()).defaultCode;
  },
  };
};

export type LocalesService = ReturnType<typeof locales>;
export default locales;
