import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { UIDS } from '../../../shared/domain';
import { LocaleForbiddenError } from '../permissions/locale-forbidden';
import { getService } from '../utils/get-service';

interface Ability {
  can(action: string, subject: unknown): boolean;
}

/**
 * The admin may only work on locales its role lets it edit (Settings > Roles, locales of each
 * type): a 400 naming `locale` for a locale that is not enabled, a 403 for one the role may not
 * edit releases, quotes or deployments in.
 */
export const assertCanEditLocale = async (strapi: Core.Strapi, ctx: Context, locale: string): Promise<void> => {
  const { codes } = await getService(strapi, 'locales').enabled();
  if (!codes.includes(locale)) {
    throw new errors.ValidationError(`Locale "${locale}" is not enabled`, {
      errors: [{ path: ['locale'], message: `not enabled (enabled: ${codes.join(', ')})`, name: 'ValidationError' }],
    });
  }
  const ability = (ctx.state as { userAbility?: Ability }).userAbility;
  const checker = strapi.plugin('content-manager').service('permission-checker') as unknown as {
    create(options: { userAbility: Ability; model: string }): {
      cannot: { update(entity: Record<string, unknown>): boolean };
    };
  };
  for (const uid of [UIDS.release, UIDS.quote, UIDS.deployment]) {
    if (!ability || checker.create({ userAbility: ability, model: uid }).cannot.update({ locale })) {
      throw new LocaleForbiddenError(`You may not edit ${uid.split('.').pop()} content in "${locale}"`, { locale });
    }
  }
};
