/**
 * Which locales an admin may write, derived from its role's permissions (pure, no Strapi inside).
 *
 * Strapi's i18n stores a role's locales in the `locales` property of each content-manager
 * permission (`plugin::content-manager.explorer.<verb>` on a content type): `null` means every
 * locale, an array those locales, a missing property none (as i18n's permission engine reads it).
 */

export const CM_ACTION = 'plugin::content-manager.explorer.';
export const WRITE_VERBS = ['create', 'update', 'delete', 'publish'] as const;
export type WriteVerb = (typeof WRITE_VERBS)[number];

export interface PermissionLike {
  action: string;
  subject?: string | null;
  properties?: { locales?: readonly string[] | null } | null;
}

/** Every locale, or the listed ones. */
export type LocaleScope = { all: true } | { all: false; locales: ReadonlySet<string> };

const ALL: LocaleScope = { all: true };

const unionOf = (permissions: PermissionLike[]): LocaleScope => {
  const locales = new Set<string>();
  for (const permission of permissions) {
    const granted = permission.properties?.locales;
    if (granted === null) return ALL;
    for (const locale of granted ?? []) locales.add(locale);
  }
  return { all: false, locales };
};

const isWrite = (action: string): boolean => WRITE_VERBS.some((verb) => action === `${CM_ACTION}${verb}`);

/**
 * The locales in which `permissions` let their holder `verb` documents of `uid`: those of the
 * permissions for that very action; when the role has none (a write our own routes make for it,
 * such as publishing the people a release names), those of its other write permissions on the
 * type; failing that, on any of `scopeUids` (the newsroom's types). A role with no write
 * permission there gets no locale.
 */
export const localeScope = (
  permissions: PermissionLike[],
  uid: string,
  verb: WriteVerb,
  scopeUids: readonly string[],
): LocaleScope => {
  const exact = permissions.filter((p) => p.subject === uid && p.action === `${CM_ACTION}${verb}`);
  if (exact.length > 0) return unionOf(exact);
  const onType = permissions.filter((p) => p.subject === uid && isWrite(p.action));
  if (onType.length > 0) return unionOf(onType);
  return unionOf(permissions.filter((p) => typeof p.subject === 'string' && scopeUids.includes(p.subject) && isWrite(p.action)));
};

export const allows = (scope: LocaleScope, locale: string): boolean => scope.all || scope.locales.has(locale);

/** A scope that leaves out some enabled locale: such a role may not change what all locales share. */
export const isLimited = (scope: LocaleScope, enabled: readonly string[]): boolean =>
  !scope.all && enabled.some((locale) => !scope.locales.has(locale));
