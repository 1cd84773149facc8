import { adminApi } from '@strapi/strapi/admin';

import type {
  ExportXliff,
  GetReleaseTranslations,
  GetTranslationEditor,
  GetTranslationMatrix,
  ImportXliff,
  ReviewTranslationEditor,
  SaveTranslationEditor,
  TranslatedType,
  TranslationStatus,
} from '../../../shared/contracts/translations';

export type * from '../../../shared/contracts/translations';

/** Tag types shared with services/releases (h4): a write invalidates both tags of the document it changes. */
const TAGS = ['NewsroomRelease', 'NewsroomTranslations'] as const;

type Tag = { type: (typeof TAGS)[number]; id: string };
const touched = (documentId: string): Tag[] => [
  { type: 'NewsroomTranslations', id: documentId },
  { type: 'NewsroomTranslations', id: 'LIST' },
  { type: 'NewsroomRelease', id: documentId },
  { type: 'NewsroomRelease', id: 'LIST' },
];
/** A write whose documents are not known in advance (an XLIFF import): everything refreshes. */
const everything: Tag[] = [
  { type: 'NewsroomTranslations', id: 'LIST' },
  { type: 'NewsroomRelease', id: 'LIST' },
];

export interface MatrixArgs {
  type: TranslatedType;
  locale?: string;
  status?: TranslationStatus | 'partial';
  page: number;
  pageSize?: number;
}

const translationsApi = adminApi.enhanceEndpoints({ addTagTypes: [...TAGS] }).injectEndpoints({
  endpoints: (build) => ({
    getTranslationMatrix: build.query<GetTranslationMatrix.Response, MatrixArgs>({
      query: ({ type, locale, status, page, pageSize = 20 }) => ({
        url: '/newsroom/translations',
        method: 'GET',
        config: { params: { type, page, pageSize, ...(locale ? { locale } : {}), ...(status ? { status } : {}) } },
      }),
      providesTags: (result) => [
        { type: 'NewsroomTranslations', id: 'LIST' },
        ...(result?.data ?? []).map((doc) => ({ type: 'NewsroomTranslations' as const, id: doc.documentId })),
      ],
    }),

    getReleaseTranslations: build.query<GetReleaseTranslations.Response['data'], string>({
      query: (documentId) => `/newsroom/translations/releases/${documentId}`,
      transformResponse: (response: GetReleaseTranslations.Response) => response.data,
      providesTags: (_result, _error, documentId) => [{ type: 'NewsroomTranslations', id: documentId }],
    }),

    reviewTranslation: build.mutation<unknown, { type: TranslatedType; documentId: string; locale: string; releaseId: string }>({
      query: ({ type, documentId, locale }) => ({
        url: '/newsroom/translations/review',
        method: 'POST',
        data: { type, documentId, locale },
      }),
      invalidatesTags: (_result, error, { releaseId }) => (error ? [] : touched(releaseId)),
    }),

    exportXliff: build.mutation<ExportXliff.Response['data'], ExportXliff.Request['body']>({
      // The server answers JSON (the file in `xliff`, with what is in it) to `Accept: application/json`.
      query: (body) => ({ url: '/newsroom/translations/xliff/export', method: 'POST', data: body }),
      transformResponse: (response: ExportXliff.Response) => response.data,
    }),

    importXliff: build.mutation<ImportXliff.Response['data'], { locale: string; xliff: string }>({
      query: ({ locale, xliff }) => ({
        url: '/newsroom/translations/xliff/import',
        method: 'POST',
        data: { xliff },
        config: { params: { locale } },
      }),
      transformResponse: (response: ImportXliff.Response) => response.data,
      invalidatesTags: (_result, error) => (error ? [] : everything),
    }),

    getTranslationEditor: build.query<GetTranslationEditor.Response['data'], { documentId: string; locale: string }>({
      query: ({ documentId, locale }) => ({
        url: `/newsroom/translations/editor/${documentId}`,
        method: 'GET',
        config: { params: { locale } },
      }),
      transformResponse: (response: GetTranslationEditor.Response) => response.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'NewsroomTranslations', id: documentId }],
    }),

    saveTranslationEditor: build.mutation<
      SaveTranslationEditor.Response['data'],
      { documentId: string; locale: string } & SaveTranslationEditor.Request['body']
    >({
      query: ({ documentId, locale, documents }) => ({
        url: `/newsroom/translations/editor/${documentId}`,
        method: 'PUT',
        data: { documents },
        config: { params: { locale } },
      }),
      transformResponse: (response: SaveTranslationEditor.Response) => response.data,
      invalidatesTags: (_result, error, { documentId }) => (error ? [] : touched(documentId)),
    }),

    reviewTranslationEditor: build.mutation<ReviewTranslationEditor.Response['data'], { documentId: string; locale: string }>({
      query: ({ documentId, locale }) => ({
        url: `/newsroom/translations/editor/${documentId}/review`,
        method: 'POST',
        config: { params: { locale } },
      }),
      transformResponse: (response: ReviewTranslationEditor.Response) => response.data,
      invalidatesTags: (_result, error, { documentId }) => (error ? [] : touched(documentId)),
    }),
  }),
});

export const {
  useGetTranslationMatrixQuery,
  useGetReleaseTranslationsQuery,
  useReviewTranslationMutation,
  useExportXliffMutation,
  useImportXliffMutation,
  useGetTranslationEditorQuery,
  useSaveTranslationEditorMutation,
  useReviewTranslationEditorMutation,
} = translationsApi;

/** Saves `content` as a file in the browser (what the server sent, byte for byte). */
export const saveFile = (content: string | Blob, name: string, type = 'application/xliff+xml') => {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/** The translation editor's address in the admin, for a release and a target locale. */
export const translationEditorPath = (documentId: string, locale: string) =>
  `/plugins/newsroom/translations/${documentId}/${encodeURIComponent(locale)}`;
