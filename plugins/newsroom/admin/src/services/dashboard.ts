import { useFetchClient } from '@strapi/strapi/admin';

import type {
  DeploymentInput,
  GetComposerRelease,
  ParseImport,
  QuoteInput,
  SaveImport,
} from '../../../shared/contracts/dashboard';
import { PLUGIN_ID } from '../pluginId';

export type * from '../../../shared/contracts/dashboard';

export const dashboardUrl = (query: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return `/${PLUGIN_ID}/releases?${params.toString()}`;
};

export const composerUrl = (documentId: string, locale?: string) =>
  `/${PLUGIN_ID}/releases/${documentId}${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`;

/** The editors' write calls (server/src/controllers/composer.ts, release-import.ts). Each answers the release after the change. */
export const useComposerActions = (documentId: string, locale: string) => {
  const { post, put, del } = useFetchClient();
  const base = `/${PLUGIN_ID}/releases/${documentId}`;
  const q = `?locale=${encodeURIComponent(locale)}`;
  const data = <T>(promise: Promise<{ data: T }>) => promise.then((response) => response.data);
  return {
    addQuote: (input: QuoteInput) => data(post<GetComposerRelease.Response>(`${base}/quotes${q}`, input)),
    updateQuote: (quoteId: string, input: Partial<QuoteInput>) =>
      data(put<GetComposerRelease.Response>(`${base}/quotes/${quoteId}${q}`, input)),
    removeQuote: (quoteId: string) => data(del<GetComposerRelease.Response>(`${base}/quotes/${quoteId}${q}`)),
    reorderQuotes: (documentIds: string[]) =>
      data(put<GetComposerRelease.Response>(`${base}/quotes-order${q}`, { documentIds })),
    addDeployment: (input: DeploymentInput) =>
      data(post<GetComposerRelease.Response>(`${base}/deployments${q}`, input)),
    updateDeployment: (deploymentId: string, input: Partial<DeploymentInput>) =>
      data(put<GetComposerRelease.Response>(`${base}/deployments/${deploymentId}${q}`, input)),
    removeDeployment: (deploymentId: string) =>
      data(del<GetComposerRelease.Response>(`${base}/deployments/${deploymentId}${q}`)),
    publish: () => data(post<GetComposerRelease.Response>(`${base}/publish${q}`, {})),
    unpublish: () => data(post<GetComposerRelease.Response>(`${base}/unpublish${q}`, {})),
  };
};

export const useImportActions = () => {
  const { post } = useFetchClient();
  return {
    parse: async (text: string, locale?: string) =>
      (await post<ParseImport.Response>(`/${PLUGIN_ID}/import/parse`, { text, locale })).data.data,
    save: async (body: SaveImport.Request['body']) =>
      (await post<SaveImport.Response>(`/${PLUGIN_ID}/import`, body)).data.data,
  };
};
