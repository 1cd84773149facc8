import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { getService } from '../utils/get-service';
import { validateDeploymentWrite } from '../validation/deployment';
import type { FieldIssue, WriteMode } from '../validation/issues';
import { SPEAKER_REQUIRED, validateQuoteWrite } from '../validation/quote';
import { validateReleaseWrite } from '../validation/release';
import { fieldValidationError } from './field-errors';
import { isWrite, type DocumentMiddleware } from './types';

type Validator = (data: Record<string, unknown>, mode: WriteMode) => FieldIssue[];

interface Rules {
  validate: Validator;
  /** Required fields that are localized: a new locale of an existing document must bring them. */
  localizedRequired: string[];
}

const RULES: Record<string, Rules> = {
  [UIDS.release]: { validate: validateReleaseWrite, localizedRequired: ['title'] },
  [UIDS.quote]: { validate: validateQuoteWrite, localizedRequired: ['text'] },
  [UIDS.deployment]: { validate: validateDeploymentWrite, localizedRequired: [] },
};

/**
 * A write to a document that does not exist yet is a create; to an existing document in a locale
 * it lacks, an update (Strapi copies the non-localized fields) that must bring the localized
 * required fields; otherwise an update.
 */
const issuesFor = async (
  strapi: Core.Strapi,
  rules: Rules,
  ctx: Parameters<DocumentMiddleware>[0],
): Promise<FieldIssue[]> => {
  const data = ctx.params.data ?? {};
  const { documentId, locale } = ctx.params;
  if (ctx.action === 'create' || !documentId) return rules.validate(data, 'create');
  const uid = ctx.uid as typeof UIDS.release;
  const inLocale = typeof locale === 'string' ? { locale } : {};
  if ((await strapi.db.query(uid).count({ where: { documentId, ...inLocale } })) > 0) {
    return rules.validate(data, 'update');
  }
  const exists = (await strapi.db.query(uid).count({ where: { documentId } })) > 0;
  if (!exists) return rules.validate(data, 'create');
  const missing = rules.localizedRequired
    .filter((field) => data[field] === undefined)
    .map((field) => ({ path: [field], message: `${field} is required in a new locale` }));
  return [...missing, ...rules.validate(data, 'update')];
};

/** `sourceLocale` (the locale a document was written in) must be an enabled locale, or none. */
const sourceLocaleIssues = async (strapi: Core.Strapi, data: Record<string, unknown> | undefined): Promise<FieldIssue[]> => {
  const value = data?.sourceLocale;
  if (value === undefined || value === null) return [];
  const { codes } = await getService(strapi, 'locales').enabled();
  if (typeof value === 'string' && codes.includes(value)) return [];
  return [{ path: ['sourceLocale'], message: `must be an enabled locale (${codes.join(', ')})` }];
};

/**
 * Refuses a release, quote or deployment write that breaks a domain rule, with a 400 naming
 * each field, before anything is written. Applies to drafts too: Strapi itself only checks
 * `required` at publish time.
 *
 * A quote's speaker is checked after the write, inside the same transaction, because relation
 * input comes in many shapes (id, documentId, connect/disconnect/set): the stored result is
 * what counts, and throwing rolls the whole write back.
 */
export const validateWrites =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const rules = RULES[ctx.uid];
    if (!rules || !isWrite(ctx)) return next();

    const issues = [...(await issuesFor(strapi, rules, ctx)), ...(await sourceLocaleIssues(strapi, ctx.params.data))];
    if (issues.length > 0) throw fieldValidationError(issues);

    if (ctx.uid !== UIDS.quote) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string; locale?: string } | null;
      if (result?.documentId && !(await hasSpeaker(strapi, result.documentId, result.locale))) {
        throw fieldValidationError([SPEAKER_REQUIRED]);
      }
      return result;
    });
  };

const hasSpeaker = async (strapi: Core.Strapi, documentId: string, locale: string | undefined): Promise<boolean> => {
  const quote = (await strapi.db.query(UIDS.quote).findOne({
    where: { documentId, ...(locale ? { locale } : {}), publishedAt: null },
    select: ['id'],
    populate: { speaker: { select: ['id'] } },
  })) as { speaker?: { id: number } | null } | null;
  return Boolean(quote?.speaker);
};
