import { useFetchClient } from '@strapi/strapi/admin';

import type { ImportXliff, TranslatedType } from '../../../shared/contracts/translations';

export type * from '../../../shared/contracts/translations';

export const matrixUrl = (query: { type: TranslatedType; locale?: string; status?: string; page: number }) => {
  const params = new URLSearchParams({ type: query.type, page: String(query.page), pageSize: '20' });
  if (query.locale) params.set('locale', query.locale);
  if (query.status) params.set('status', query.status);
  return `/newsroom/translations?${params.toString()}`;
};

export const releaseTranslationsUrl = (documentId: string) => `/newsroom/translations/releases/${documentId}`;

/** Saves `content` as a file in the browser. */
export const saveFile = (content: string, name: string, type = 'application/xliff+xml') => {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
};

/** The translation workflow's write calls. */
export const useTranslationActions = () => {
  const { get, post } = useFetchClient();
  return {
    exportRelease: async (documentId: string, locale: string, version: string, onlyChanged: boolean) => {
      const { data } = await get<string>(
        `/newsroom/translations/releases/${documentId}/xliff?locale=${locale}&version=${version}&onlyChanged=${onlyChanged}`,
        { responseType: 'text' },
      );
      saveFile(data, `release-${documentId}-${locale}.xlf`);
    },
    exportMany: async (locale: string, version: string, status: string) => {
      const { data } = await post<string>(
        '/newsroom/translations/xliff/export',
        { locale, version, status },
        { responseType: 'text' },
      );
      saveFile(data, `releases-${locale}.xlf`);
    },
    importFile: async (locale: string, xliff: string) => {
      const { data } = await post<ImportXliff.Response>(`/newsroom/translations/xliff/import?locale=${locale}`, {
        xliff,
      });
      return data.data;
    },
    review: async (type: TranslatedType, documentId: string, locale: string) => {
      await post('/newsroom/translations/review', { type, documentId, locale });
    },
  };
};
