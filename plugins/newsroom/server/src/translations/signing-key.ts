import { createHmac } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { getService } from '../utils/get-service';

const LABEL = 'newsroom: XLIFF unit ids v1';

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The key XLIFF unit ids are signed with (xliff/unit-mac.ts), derived from a server secret: the
 * plugin's `translations.xliffSigningSecret` when set, else the app's keys (`APP_KEYS`, config
 * `server.app.keys`), else the admin JWT secret (`admin.auth.secret`). Changing it invalidates
 * files exported before. Throws, naming what to set, when there is no secret at all.
 */
export const deriveSigningKey = (secrets: { configured?: string; appKeys?: unknown; adminSecret?: unknown }): string => {
  const { configured, appKeys, adminSecret } = secrets;
  const secret =
    configured ??
    (Array.isArray(appKeys) && appKeys.length > 0 && appKeys.every(nonEmpty) ? appKeys.join(',') : undefined) ??
    (nonEmpty(adminSecret) ? adminSecret : undefined);
  if (secret === undefined) {
    throw new Error(
      'newsroom: no secret to sign XLIFF exports with. Set APP_KEYS (config server.app.keys), or ' +
        'translations.xliffSigningSecret (at least 32 characters) in the newsroom plugin config.',
    );
  }
  return createHmac('sha256', secret).update(LABEL, 'utf8').digest('hex');
};

export const xliffSigningKey = (strapi: Core.Strapi): string =>
  deriveSigningKey({
    configured: getService(strapi, 'settings').get().translations.xliffSigningSecret,
    appKeys: strapi.config.get('server.app.keys'),
    adminSecret: strapi.config.get('admin.auth.secret'),
  });

const keys = new WeakMap<Core.Strapi, string>();

/** `xliffSigningKey`, derived once per Strapi instance. */
export const signingKeyOf = (strapi: Core.Strapi): string => {
  const known = keys.get(strapi);
  if (known !== undefined) return known;
  const key = xliffSigningKey(strapi);
  keys.set(strapi, key);
  return key;
};
