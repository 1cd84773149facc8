import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';

/** The types whose translations the newsroom tracks. */
export const TRANSLATED_UIDS = [UIDS.release, UIDS.quote, UIDS.deployment] as const;
export type TranslatedUid = (typeof TRANSLATED_UIDS)[number];

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'blocks']);
/** Derived or internal: never sent to translators. */
const NOT_TRANSLATED = new Set(['slug', 'sourceLocale']);

interface Attribute {
  type: string;
  private?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** Localized text fields of a type, in schema order: what a translator translates. */
export const trackedFields = (strapi: Core.Strapi, uid: string): string[] =>
  Object.entries((strapi.contentType(uid as TranslatedUid) as unknown as { attributes: Record<string, Attribute> }).attributes)
    .filter(
      ([name, attribute]) =>
        TEXT_TYPES.has(attribute.type) &&
        attribute.pluginOptions?.i18n?.localized === true &&
        !attribute.private &&
        !NOT_TRANSLATED.has(name),
    )
    .map(([name]) => name);

export const isTranslatedUid = (uid: string): uid is TranslatedUid => (TRANSLATED_UIDS as readonly string[]).includes(uid);
