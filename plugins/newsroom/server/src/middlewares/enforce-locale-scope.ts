import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { actingAdmin, type ActingAdmin } from '../permissions/acting-admin';
import { LocaleForbiddenError } from '../permissions/locale-forbidden';
import { allows, isLimited, localeScope, type WriteVerb } from '../permissions/locale-scope';
import { nonLocalizedFields, sameValue, type AttributeLike } from '../permissions/non-localized-fields';
import { getService } from '../utils/get-service';
import type { DocumentContext, DocumentMiddleware } from './types';

const NEWSROOM_UIDS: readonly string[] = Object.values(UIDS);
type Row = Record<string, unknown>;

/** The permission each Document Service write needs, as the content manager maps them. */
const VERBS: Record<string, WriteVerb> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'publish',
  discardDraft: 'update',
};

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, AttributeLike> =>
  (strapi.contentType(uid as typeof UIDS.release) as unknown as { attributes: Record<string, AttributeLike> }).attributes;

/** The locales a write touches: the one it names, the default when it names none, every locale of the document for `*`. */
const targetLocales = async (strapi: Core.Strapi, ctx: DocumentContext): Promise<string[]> => {
  const { locale, documentId } = ctx.params;
  if (Array.isArray(locale)) return locale;
  if (locale === '*') {
    if (!documentId) return (await getService(strapi, 'locales').enabled()).codes;
    const rows = (await strapi.db.query(ctx.uid as typeof UIDS.release).findMany({ where: { documentId }, select: ['locale'] })) as Row[];
    return [...new Set(rows.map((row) => String(row.locale)))];
  }
  return [typeof locale === 'string' && locale !== '' ? locale : await getService(strapi, 'locales').defaultCode()];
};

const rowsOf = (strapi: Core.Strapi, uid: string, where: Row): Promise<Row[]> =>
  strapi.db.query(uid as typeof UIDS.release).findMany({ where }) as Promise<Row[]>;

/**
 * The non-localized fields whose value in `values` differs from what another locale of the
 * document holds in `status`: what the write would change in those locales (Strapi's i18n copies
 * them over).
 */
const sharedChanges = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string,
  values: Row,
  status: 'draft' | 'published',
): Promise<string[]> => {
  const attributes = attributesOf(strapi, uid);
  const fields = nonLocalizedFields(attributes).filter((field) => values[field] !== undefined);
  if (fields.length === 0) return [];
  const others = await rowsOf(strapi, uid, {
    documentId,
    locale: { $ne: locale },
    publishedAt: status === 'draft' ? null : { $notNull: true },
  });
  return fields.filter((field) =>
    others.some((row) => !sameValue(attributes[field] as AttributeLike, values[field], row[field])),
  );
};

/** Fields a create, update, publish or discard in `locale` would change in the document's other locales. */
const changedSharedFields = async (strapi: Core.Strapi, ctx: DocumentContext, locale: string): Promise<string[]> => {
  const { documentId, data, status } = ctx.params;
  if (!documentId || ctx.action === 'clone' || ctx.action === 'create') return [];
  const source = (status: 'draft' | 'published') =>
    rowsOf(strapi, ctx.uid, { documentId, locale, publishedAt: status === 'draft' ? null : { $notNull: true } });
  if (ctx.action === 'update') {
    const values = data ?? {};
    const changed = await sharedChanges(strapi, ctx.uid, documentId, locale, values, 'draft');
    if (status !== 'published') return changed;
    return [...new Set([...changed, ...(await sharedChanges(strapi, ctx.uid, documentId, locale, values, 'published'))])];
  }
  if (ctx.action === 'publish' || ctx.action === 'discardDraft') {
    const [from, to] = ctx.action === 'publish' ? (['draft', 'published'] as const) : (['published', 'draft'] as const);
    const [row] = await source(from);
    return row ? sharedChanges(strapi, ctx.uid, documentId, locale, row, to) : [];
  }
  return [];
};

const typeName = (uid: string): string => uid.split('.').pop() ?? uid;

const assertAllowed = async (strapi: Core.Strapi, admin: ActingAdmin, ctx: DocumentContext): Promise<void> => {
  const baseVerb = VERBS[ctx.action] as WriteVerb;
  const { codes } = await getService(strapi, 'locales').enabled();
  for (const locale of await targetLocales(strapi, ctx)) {
    // Writing a locale the document does not have yet creates it.
    const verb =
      ctx.action === 'update' && ctx.params.documentId
        ? (await strapi.db.query(ctx.uid as typeof UIDS.release).count({ where: { documentId: ctx.params.documentId, locale } })) > 0
          ? 'update'
          : 'create'
        : baseVerb;
    const scope = localeScope(admin.permissions, ctx.uid, verb, NEWSROOM_UIDS);
    if (!allows(scope, locale)) {
      throw new LocaleForbiddenError(`You may not ${verb} ${typeName(ctx.uid)} content in "${locale}"`, { locale });
    }
    if (!isLimited(scope, codes)) continue;
    const fields = await changedSharedFields(strapi, ctx, locale);
    if (fields.length > 0) {
      throw new LocaleForbiddenError(
        `${fields.join(', ')}: shared by every locale; a role limited to some locales may not change ${fields.length > 1 ? 'them' : 'it'}`,
        {
          locale,
          fields,
          errors: fields.map((field) => ({
            path: [field],
            message: 'shared by every locale: your role may not change it',
            name: 'ForbiddenError',
          })),
        },
      );
    }
  }
};

/**
 * Holds every write to newsroom content to the locales the acting admin's role may write (Settings >
 * Roles, locales of each content type), whatever path it takes: content manager (create, update,
 * publish, unpublish, delete, discard, bulk actions, clone), the plugin's routes, other plugins.
 * Strapi 5.54's content manager does not check the locale on create, nor on a `PUT ?locale=` that
 * adds a locale. A role limited to some locales also may not change the fields every locale shares
 * (sending back the stored value is no change). A 403 before anything is written. Writes with no
 * admin behind them (seeding, scripts) and super admins are not limited.
 */
export const enforceLocaleScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!NEWSROOM_UIDS.includes(ctx.uid) || !(ctx.action in VERBS)) return next();
    const admin = await actingAdmin(strapi);
    if (admin) await assertAllowed(strapi, admin, ctx);
    return next();
  };
