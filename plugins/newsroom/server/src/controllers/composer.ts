import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { ifMatchVersions } from '../editorial/release-version';
import { VersionConflictError } from '../services/release-version';
import { getService } from '../utils/get-service';
import { adminLocale } from './admin-locale';
import { parseOr400 } from './public-request';
import {
  deploymentInput,
  deploymentPatch,
  localeQuery,
  quoteInput,
  quotePatch,
  quotesOrder,
} from './validation/composer';

/**
 * Admin API of the release composer: the draft of a release in one locale (`?locale=`), its
 * quotes and deployments, publication. Every write answers the whole release after the change, with
 * its new `version`, and honours `If-Match` (a 409 when the release changed since that version).
 */
const composer = ({ strapi }: { strapi: Core.Strapi }) => {
  const localeOf = async (ctx: Context): Promise<string> =>
    (await adminLocale(strapi, parseOr400(localeQuery, ctx.query).locale)).locale;

  /** The locale of a write (the route policy `can-edit-locale` has checked the admin's role may edit it). */
  const editableLocale = localeOf;

  const respond = async (ctx: Context, locale: string): Promise<void> => {
    ctx.body = { data: await getService(strapi, 'composer').view(String(ctx.params.documentId), locale) };
  };

  const id = (ctx: Context, name: string): string => String(ctx.params[name]);

  /**
   * Runs a write of the release under its version guard (`If-Match`), then answers the release
   * with its new version; a 409 ConflictError, nothing written, when it changed since.
   */
  const write = async (ctx: Context, locale: string, change: () => Promise<void>): Promise<void> => {
    try {
      await getService(strapi, 'release-version').guard(id(ctx, 'documentId'), ifMatchVersions(ctx.get('If-Match')), change);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      ctx.status = 409;
      ctx.body = error.body();
      return;
    }
    await respond(ctx, locale);
  };

  return {
    async findOne(ctx: Context) {
      await respond(ctx, await localeOf(ctx));
    },

    async addQuote(ctx: Context) {
      const locale = await editableLocale(ctx);
      const input = parseOr400(quoteInput, ctx.request.body);
      await write(ctx, locale, async () => {
        await getService(strapi, 'composer-quotes').add(id(ctx, 'documentId'), locale, input);
      });
    },

    async updateQuote(ctx: Context) {
      const locale = await editableLocale(ctx);
      const input = parseOr400(quotePatch, ctx.request.body);
      await write(ctx, locale, async () => {
        await getService(strapi, 'composer-quotes').update(id(ctx, 'documentId'), id(ctx, 'quoteId'), locale, input);
      });
    },

    async removeQuote(ctx: Context) {
      const locale = await editableLocale(ctx);
      await write(ctx, locale, async () => {
        await getService(strapi, 'composer-quotes').remove(id(ctx, 'documentId'), id(ctx, 'quoteId'), locale);
      });
    },

    async reorderQuotes(ctx: Context) {
      const locale = await editableLocale(ctx);
      const { documentIds } = parseOr400(quotesOrder, ctx.request.body);
      await write(ctx, locale, async () => {
        await getService(strapi, 'composer-quotes').reorder(id(ctx, 'documentId'), locale, documentIds);
      });
    },

    async addDeployment(ctx: Context) {
      const locale = await editableLocale(ctx);
      const input = parseOr400(deploymentInput, ctx.request.body);
      await write(ctx, locale, async () => {
        await getService(strapi, 'composer-deployments').add(id(ctx, 'documentId'), locale, input);
      });
    },

    async updateDeployment(ctx: Context) {
      const locale = await editableLocale(ctx);
      const input = parseOr400(deploymentPatch, ctx.request.body);
      await write(ctx, locale, async () => {
        const documentId = id(ctx, 'documentId');
        await getService(strapi, 'composer-deployments').update(documentId, id(ctx, 'deploymentId'), locale, input);
      });
    },

    async removeDeployment(ctx: Context) {
      const locale = await editableLocale(ctx);
      await write(ctx, locale, async () => {
        await getService(strapi, 'composer-deployments').remove(id(ctx, 'documentId'), id(ctx, 'deploymentId'), locale);
      });
    },

    async publish(ctx: Context) {
      const locale = await editableLocale(ctx);
      await write(ctx, locale, async () => {
        await getService(strapi, 'release-publication').publish(id(ctx, 'documentId'), locale);
      });
    },

    async unpublish(ctx: Context) {
      const locale = await editableLocale(ctx);
      await write(ctx, locale, async () => {
        await getService(strapi, 'release-publication').unpublish(id(ctx, 'documentId'), locale);
      });
    },
  };
};

export default composer;
