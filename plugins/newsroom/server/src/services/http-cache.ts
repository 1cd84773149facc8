import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { ByteBoundedCache } from '../caching/byte-bounded-cache';
import { parseHttpDate } from '../caching/http-date';
import { getService } from '../utils/get-service';
import type { ContentVersion } from './content-version';

export interface CachedResponse {
  body: string;
  type: string;
  contentLanguage?: string;
}

const hash = (value: string) => createHash('sha1').update(value).digest('base64url').slice(0, 16);

const notModified = (ctx: Context, etag: string, changedAt: number): boolean => {
  const ifNoneMatch = ctx.get('If-None-Match');
  if (ifNoneMatch) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
  }
  // RFC 9110 §13.1.3: ignored unless a valid HTTP-date, and a date later than our clock is not one.
  const now = Date.now();
  const ifModifiedSince = parseHttpDate(ctx.get('If-Modified-Since'), now);
  if (ifModifiedSince === undefined || ifModifiedSince > now) return false;
  return Math.floor(changedAt / 1000) * 1000 <= ifModifiedSince;
};

/**
 * Conditional GETs and an in-memory response cache for the public API, both keyed by the
 * content version stored in the database, which the caller reads once per request
 * (`content-version.current()`). A 304 costs that query only; a 200 for a version this
 * instance has already rendered costs nothing more.
 */
const httpCache = ({ strapi }: { strapi: Core.Strapi }) => {
  let memory: ByteBoundedCache<CachedResponse> | undefined;
  let memoryVersion = -1;
  /** Renders under way, so that concurrent misses of one resource render it once. */
  const inFlight = new Map<string, Promise<CachedResponse>>();

  const cache = () => {
    memory ??= new ByteBoundedCache<CachedResponse>(
      getService(strapi, 'settings').get().http.memoryCacheBytes,
      (response) => Buffer.byteLength(response.body) + response.type.length + 64,
    );
    return memory;
  };

  /** Renders once per version and key, even when several requests miss at the same time. */
  const renderOnce = (flightKey: string, render: () => Promise<CachedResponse>): Promise<CachedResponse> => {
    let flight = inFlight.get(flightKey);
    if (!flight) {
      flight = render().finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, flight);
    }
    return flight;
  };

  return {
    /**
     * Answers `ctx` for the resource `key` (everything the body depends on, e.g. path, query and
     * resolved locale): 304 when the client's copy is current, else the cached or rendered body.
     */
    async respond(
      ctx: Context,
      state: ContentVersion,
      key: string,
      render: () => Promise<CachedResponse>,
    ): Promise<void> {
      const { http } = getService(strapi, 'settings').get();
      const { version, changedAt } = state;
      if (version !== memoryVersion) {
        cache().clear();
        memoryVersion = version;
      }
      const etag = `W/"${version}-${hash(key)}"`;
      ctx.set('ETag', etag);
      ctx.set('Last-Modified', new Date(changedAt).toUTCString());
      ctx.set('Cache-Control', `public, max-age=${http.maxAge}, stale-while-revalidate=${http.staleWhileRevalidate}`);
      ctx.vary('Accept-Language');

      if (notModified(ctx, etag, changedAt)) {
        ctx.state.newsroomCache = 'revalidated'; // for the request log
        ctx.status = 304;
        return;
      }
      let response = cache().get(key);
      ctx.state.newsroomCache = response ? 'hit' : 'miss';
      if (!response) {
        try {
          response = await renderOnce(`${version}|${key}`, render);
        } catch (error) {
          // An error (404...) is not the resource: no validators, no shared caching.
          ctx.remove('ETag');
          ctx.remove('Last-Modified');
          ctx.set('Cache-Control', 'no-cache');
          throw error;
        }
        // Render may have read a newer version than the one we keyed: keep it only if unchanged.
        if ((await getService(strapi, 'content-version').current()).version === version) {
          cache().set(key, response);
        }
      }
      if (response.contentLanguage) ctx.set('Content-Language', response.contentLanguage);
      ctx.type = response.type;
      ctx.body = response.body;
    },
  };
};

export type HttpCacheService = ReturnType<typeof httpCache>;
export default httpCache;
