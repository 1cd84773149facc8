import { allows, isLimited, localeScope, type PermissionLike } from '../locale-scope';

const RELEASE = 'plugin::newsroom.release';
const ORGANISATION = 'plugin::newsroom.organisation';
const UIDS = [RELEASE, ORGANISATION];
const cm = (verb: string, subject: string, locales?: string[] | null): PermissionLike => ({
  action: `plugin::content-manager.explorer.${verb}`,
  subject,
  properties: locales === undefined ? {} : { locales },
});

describe('localeScope', () => {
  it('takes the locales of the permission for the action', () => {
    const scope = localeScope([cm('create', RELEASE, ['fr']), cm('read', RELEASE, ['en', 'fr'])], RELEASE, 'create', UIDS);
    expect(allows(scope, 'fr')).toBe(true);
    expect(allows(scope, 'en')).toBe(false);
  });

  it('unites several permissions for the same action', () => {
    const scope = localeScope([cm('update', RELEASE, ['fr']), cm('update', RELEASE, ['sq'])], RELEASE, 'update', UIDS);
    expect([allows(scope, 'fr'), allows(scope, 'sq'), allows(scope, 'en')]).toEqual([true, true, false]);
  });

  it('reads null as every locale and a missing property as none, as i18n does', () => {
    expect(localeScope([cm('update', RELEASE, null)], RELEASE, 'update', UIDS)).toEqual({ all: true });
    expect(allows(localeScope([cm('update', RELEASE)], RELEASE, 'update', UIDS), 'en')).toBe(false);
  });

  it('falls back to the other write permissions on the type, then on any newsroom type, never to read', () => {
    const perms = [cm('update', RELEASE, ['fr']), cm('read', ORGANISATION, ['en', 'fr'])];
    expect(allows(localeScope(perms, RELEASE, 'publish', UIDS), 'fr')).toBe(true);
    expect(allows(localeScope(perms, ORGANISATION, 'create', UIDS), 'fr')).toBe(true);
    expect(allows(localeScope(perms, ORGANISATION, 'create', UIDS), 'en')).toBe(false);
    expect(allows(localeScope([cm('read', RELEASE, ['en'])], RELEASE, 'update', UIDS), 'en')).toBe(false);
  });
});

describe('isLimited', () => {
  it('is true when some enabled locale is left out', () => {
    expect(isLimited({ all: false, locales: new Set(['fr']) }, ['en', 'fr'])).toBe(true);
    expect(isLimited({ all: false, locales: new Set(['en', 'fr']) }, ['en', 'fr'])).toBe(false);
    expect(isLimited({ all: true }, ['en', 'fr'])).toBe(false);
  });
});
