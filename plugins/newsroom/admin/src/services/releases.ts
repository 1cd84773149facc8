import { adminApi } from '@strapi/strapi/admin';

import type {
  ComposerRelease,
  DeploymentInput,
  GetComposerRelease,
  GetDashboard,
  ParseImport,
  QuoteInput,
  SaveImport,
} from '../../../shared/contracts/dashboard';
import { PLUGIN_ID } from '../pluginId';
import { ifMatch } from './if-match';

export type * from '../../../shared/contracts/dashboard';

/** The release with the opaque `version` the server sends for stale-write checks (If-Match). */
export type VersionedRelease = ComposerRelease & { version?: string };

/** Which release, in which locale, as last loaded (its version makes the write conditional). */
export interface ReleaseTarget {
  documentId: string;
  locale: string;
  version?: string;
}

type Method = 'POST' | 'PUT' | 'DELETE';


const write = (target: ReleaseTarget, method: Method, path: string, data?: unknown) => ({
  url: `/${PLUGIN_ID}/releases/${target.documentId}${path}`,
  method,
  data,
  config: { params: { locale: target.locale }, headers: ifMatch(target.version) },
});

/** Every view of this release (release view, dashboard, panels, translations) refreshes after a write. */
const changed = (documentId: string) =>
  [
    { type: 'NewsroomRelease' as const, id: documentId },
    { type: 'NewsroomRelease' as const, id: 'LIST' },
    { type: 'NewsroomTranslations' as const, id: documentId },
    { type: 'NewsroomTranslations' as const, id: 'LIST' },
  ] as const;

/** Endpoint names start with "newsroom": adminApi is shared, and a taken name (content-releases has `publishRelease`) would be kept, not ours. */
const releasesApi = adminApi
  .enhanceEndpoints({ addTagTypes: ['NewsroomRelease', 'NewsroomTranslations'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getNewsroomDashboard: build.query<GetDashboard.Response, GetDashboard.Request['query']>({
        query: (params) => ({ url: `/${PLUGIN_ID}/releases`, method: 'GET', config: { params } }),
        providesTags: (result) => [
          { type: 'NewsroomRelease', id: 'LIST' },
          ...(result?.data ?? []).map((release) => ({ type: 'NewsroomRelease' as const, id: release.documentId })),
        ],
      }),
      newsroomGetComposerRelease: build.query<VersionedRelease, { documentId: string; locale?: string }>({
        query: ({ documentId, locale }) => ({
          url: `/${PLUGIN_ID}/releases/${documentId}`,
          method: 'GET',
          config: { params: locale ? { locale } : {} },
        }),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        providesTags: (_result, _error, { documentId }) => [{ type: 'NewsroomRelease', id: documentId }],
      }),
      newsroomAddQuote: build.mutation<VersionedRelease, ReleaseTarget & { input: QuoteInput }>({
        query: ({ input, ...target }) => write(target, 'POST', '/quotes', input),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomUpdateQuote: build.mutation<VersionedRelease, ReleaseTarget & { quoteId: string; input: Partial<QuoteInput> }>({
        query: ({ input, quoteId, ...target }) => write(target, 'PUT', `/quotes/${quoteId}`, input),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomRemoveQuote: build.mutation<VersionedRelease, ReleaseTarget & { quoteId: string }>({
        query: ({ quoteId, ...target }) => write(target, 'DELETE', `/quotes/${quoteId}`),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomReorderQuotes: build.mutation<VersionedRelease, ReleaseTarget & { documentIds: string[] }>({
        query: ({ documentIds, ...target }) => write(target, 'PUT', '/quotes-order', { documentIds }),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomAddDeployment: build.mutation<VersionedRelease, ReleaseTarget & { input: DeploymentInput }>({
        query: ({ input, ...target }) => write(target, 'POST', '/deployments', input),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomUpdateDeployment: build.mutation<
        VersionedRelease,
        ReleaseTarget & { deploymentId: string; input: Partial<DeploymentInput> }
      >({
        query: ({ input, deploymentId, ...target }) => write(target, 'PUT', `/deployments/${deploymentId}`, input),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomRemoveDeployment: build.mutation<VersionedRelease, ReleaseTarget & { deploymentId: string }>({
        query: ({ deploymentId, ...target }) => write(target, 'DELETE', `/deployments/${deploymentId}`),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomPublishRelease: build.mutation<VersionedRelease, ReleaseTarget>({
        query: (target) => write(target, 'POST', '/publish', {}),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomUnpublishRelease: build.mutation<VersionedRelease, ReleaseTarget>({
        query: (target) => write(target, 'POST', '/unpublish', {}),
        transformResponse: (response: GetComposerRelease.Response) => response.data,
        invalidatesTags: (_r, _e, { documentId }) => [...changed(documentId)],
      }),
      newsroomParseImport: build.mutation<ParseImport.Response['data'], ParseImport.Request['body']>({
        query: (data) => ({ url: `/${PLUGIN_ID}/import/parse`, method: 'POST', data }),
        transformResponse: (response: ParseImport.Response) => response.data,
      }),
      newsroomSaveImport: build.mutation<SaveImport.Response['data'], SaveImport.Request['body']>({
        query: (data) => ({ url: `/${PLUGIN_ID}/import`, method: 'POST', data }),
        transformResponse: (response: SaveImport.Response) => response.data,
        invalidatesTags: [
          { type: 'NewsroomRelease', id: 'LIST' },
          { type: 'NewsroomTranslations', id: 'LIST' },
        ],
      }),
      getNewsroomLocales: build.query<Array<{ code: string; name: string; isDefault: boolean }>, void>({
        query: () => ({ url: '/i18n/locales', method: 'GET' }),
      }),
    }),
  });

export const {
  useGetNewsroomDashboardQuery,
  useNewsroomGetComposerReleaseQuery,
  useNewsroomAddQuoteMutation,
  useNewsroomUpdateQuoteMutation,
  useNewsroomRemoveQuoteMutation,
  useNewsroomReorderQuotesMutation,
  useNewsroomAddDeploymentMutation,
  useNewsroomUpdateDeploymentMutation,
  useNewsroomRemoveDeploymentMutation,
  useNewsroomPublishReleaseMutation,
  useNewsroomUnpublishReleaseMutation,
  useNewsroomParseImportMutation,
  useNewsroomSaveImportMutation,
  useGetNewsroomLocalesQuery,
} = releasesApi;
