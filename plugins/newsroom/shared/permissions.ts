/** The newsroom's admin permissions (Settings > Roles > Plugins > Newsroom), shared by server and admin. */
export const PERMISSIONS = {
  translationsRead: 'plugin::newsroom.translations.read',
  translationsExport: 'plugin::newsroom.translations.export',
  translationsImport: 'plugin::newsroom.translations.import',
} as const;

export const ACTIONS = [
  { uid: 'translations.read', displayName: 'View translation status', category: 'translations' },
  { uid: 'translations.export', displayName: 'Export XLIFF', category: 'translations' },
  { uid: 'translations.import', displayName: 'Import XLIFF and mark reviewed', category: 'translations' },
] as const;
