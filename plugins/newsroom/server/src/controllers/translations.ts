import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type { ExportXliff } from '../../../shared/contracts/translations';
import { UIDS } from '../../../shared/domain';
import type { ExportReport } from '../services/xliff';
import { getService } from '../utils/get-service';
import { isXliffError } from '../xliff';
import { assertCanEditLocale } from './locale-permission';
import { parseOr400 } from './public-request';
import { readRawBody } from './raw-body';
import { exportManyBody, exportQuery, importQuery, matrixQuery, reviewBody, TYPE_TO_UID } from './validation/translations';

const xliffError = (error: unknown) => {
  if (isXliffError(error)) {
    return new errors.ValidationError(error.message, {
      code: error.code,
      unitId: error.unitId ?? null,
      errors: [{ path: ['xliff'], message: error.message, name: 'ValidationError' }],
    });
  }
  return error;
};

const download = (ctx: Context, body: string, name: string) => {
  ctx.set('Content-Disposition', `attachment; filename="${name}"`);
  ctx.type = 'application/xliff+xml; charset=utf-8';
  ctx.body = body;
};

/** Admin API of the translation workflow: status matrix, per-release status, review, XLIFF export and import. */
const translations = ({ strapi }: { strapi: Core.Strapi }) => ({
  async matrix(ctx: Context) {
    const query = parseOr400(matrixQuery, ctx.query);
    const { documents, total } = await getService(strapi, 'translation-status').matrix({
      uid: TYPE_TO_UID[query.type],
      locale: query.locale,
      status: query.status,
      page: query.page,
      pageSize: query.pageSize,
    });
    ctx.body = {
      data: documents,
      meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
    };
  },

  async release(ctx: Context) {
    const documentId = String(ctx.params.documentId);
    const status = getService(strapi, 'translation-status');
    const [release] = await getService(strapi, 'release-translation-status').statusOf([documentId]);
    const family = (await strapi.documents(UIDS.release).findOne({
      documentId,
      locale: release?.sourceLocale,
      status: 'draft',
      populate: { quotes: { fields: ['documentId'] }, deployments: { fields: ['documentId'] } },
    } as never)) as { quotes?: Array<{ documentId: string }>; deployments?: Array<{ documentId: string }> } | null;
    if (!family) throw new errors.NotFoundError(`No release ${documentId}`);
    ctx.body = {
      data: {
        release,
        quotes: await status.statusOf(UIDS.quote, (family.quotes ?? []).map((q) => q.documentId)),
        deployments: await status.statusOf(UIDS.deployment, (family.deployments ?? []).map((d) => d.documentId)),
      },
    };
  },

  async review(ctx: Context) {
    const body = parseOr400(reviewBody, ctx.request.body);
    await assertCanEditLocale(strapi, ctx, body.locale);
    const uid = TYPE_TO_UID[body.type];
    if (!(await strapi.db.query(uid).count({ where: { documentId: body.documentId, locale: body.locale } }))) {
      throw new errors.NotFoundError(`No ${body.type} ${body.documentId} in "${body.locale}"`);
    }
    await getService(strapi, 'translation-status').record(uid, body.documentId, body.locale, { reviewed: true });
    const [status] = await getService(strapi, 'translation-status').statusOf(uid, [body.documentId], [body.locale]);
    ctx.body = { data: status };
  },

  async exportRelease(ctx: Context) {
    const query = parseOr400(exportQuery, ctx.query);
    await assertCanEditLocale(strapi, ctx, query.locale);
    const documentId = String(ctx.params.documentId);
    try {
      const xml = await getService(strapi, 'xliff').export({ documentIds: [documentId], ...query });
      download(ctx, xml, `release-${documentId}-${query.locale}.xlf`);
    } catch (error) {
      throw xliffError(error);
    }
  },

  async exportMany(ctx: Context) {
    const body = parseOr400(exportManyBody, ctx.request.body);
    await assertCanEditLocale(strapi, ctx, body.locale);
    const { documents } = await getService(strapi, 'translation-status').matrix({
      uid: UIDS.release,
      locale: body.locale,
      page: 1,
      pageSize: 100000,
    });
    const wanted = documents
      .filter((doc) => {
        const status = doc.locales[0]?.status;
        if (body.status === 'all') return true;
        if (body.status === 'missing-or-outdated') return status !== undefined && status !== 'current';
        return status === body.status;
      })
      .map((doc) => doc.documentId);
    if (wanted.length === 0) throw new errors.NotFoundError(`No release is ${body.status} in "${body.locale}"`);
    const report: ExportReport = { releases: 0, units: 0, skipped: [] };
    const xml = await getService(strapi, 'xliff').export({
      documentIds: wanted,
      locale: body.locale,
      version: body.version,
      onlyChanged: body.onlyChanged,
      report,
    });
    const labels = new Map(documents.map((doc) => [doc.documentId, doc.label]));
    report.skipped = report.skipped.map((item) => ({ ...item, label: labels.get(item.documentId) ?? item.documentId }));
    if (report.releases === 0) {
      throw new errors.NotFoundError(`No release could be exported to "${body.locale}"`, { skipped: report.skipped });
    }
    const fileName = `releases-${body.locale}.xlf`;
    ctx.set('X-Newsroom-Releases', String(report.releases));
    ctx.set('X-Newsroom-Units', String(report.units));
    ctx.set('X-Newsroom-Skipped', String(report.skipped.length));
    if (ctx.accepts('application/xliff+xml', 'application/json') === 'application/json') {
      const summary: ExportXliff.Response['data'] = { fileName, locale: body.locale, version: body.version, ...report, xliff: xml };
      ctx.body = { data: summary };
      return;
    }
    download(ctx, xml, fileName);
  },

  async import(ctx: Context) {
    const query = parseOr400(importQuery, ctx.query);
    await assertCanEditLocale(strapi, ctx, query.locale);
    const { translations: config } = getService(strapi, 'settings').get();
    const xml = await readRawBody(ctx, config.maxImportBytes);
    try {
      ctx.body = { data: await getService(strapi, 'xliff').import({ xml, ...query, maxBytes: config.maxImportBytes }) };
    } catch (error) {
      throw xliffError(error);
    }
  },
});

export default translations;
