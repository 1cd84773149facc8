import { useGetNewsroomLocalesQuery } from '../services/releases';

/** The locales enabled in Strapi's i18n (admin route /i18n/locales), default first. */
export const useLocales = () => {
  const { data, error, isLoading } = useGetNewsroomLocalesQuery();
  const locales = [...(data ?? [])].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return {
    locales,
    defaultLocale: locales.find((locale) => locale.isDefault)?.code,
    error: error ? String((error as { message?: string }).message ?? error) : undefined,
    isLoading,
  };
};
