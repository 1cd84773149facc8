/** What a Document Service middleware receives (see `strapi.documents.use`). */
export interface DocumentContext {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    locale?: string | string[];
    status?: 'draft' | 'published';
    data?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

export type DocumentNext = () => Promise<unknown>;
export type DocumentMiddleware = (ctx: DocumentContext, next: DocumentNext) => Promise<unknown>;

export const isWrite = (ctx: DocumentContext): ctx is DocumentContext & { action: 'create' | 'update' } =>
  ctx.action === 'create' || ctx.action === 'update';
