import { errors } from '@strapi/utils';
import type { Context } from 'koa';

/**
 * The request body as bytes, for uploads Strapi's body parser leaves alone (application/xml).
 * Stops reading past `limit` with a 413. A JSON body `{ "xliff": "..." }` is accepted too.
 */
export const readRawBody = async (ctx: Context, limit: number): Promise<Buffer> => {
  const parsed = (ctx.request as { body?: unknown }).body;
  if (parsed && typeof parsed === 'object' && typeof (parsed as { xliff?: unknown }).xliff === 'string') {
    const buffer = Buffer.from((parsed as { xliff: string }).xliff, 'utf8');
    if (buffer.length > limit) throw new errors.PayloadTooLargeError(`The file is larger than ${limit} bytes`);
    return buffer;
  }
  const declared = Number(ctx.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw new errors.PayloadTooLargeError(`The file is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new errors.PayloadTooLargeError(`The file is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) {
    throw new errors.ValidationError('Send the XLIFF file as the request body (Content-Type: application/xml)', {
      errors: [{ path: ['xliff'], message: 'empty body', name: 'ValidationError' }],
    });
  }
  return Buffer.concat(chunks);
};
