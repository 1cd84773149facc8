import { useApi } from './useApi';

interface I18nLocale {
  code: string;
  name: string;
  isDefault: boolean;
}

/** The locales enabled in Strapi's i18n (admin route /i18n/locales), default first. */
export const useLocales = () => {
  const { data, error, isLoading } = useApi<I18nLocale[]>('/i18n/locales');
  const locales = [...(data ?? [])].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return { locales, defaultLocale: locales.find((locale) => locale.isDefault)?.code, error, isLoading };
};
