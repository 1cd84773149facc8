/** The newsroom's admin permissions (Settings > Roles > Plugins > Newsroom), shared by server and admin. */
export const PERMISSIONS = {
  translationsRead: 'plugin::newsroom.translations.read',
  translationsExport: 'plugin::newsroom.translations.export',
  translationsImport: 'plugin::newsroom.translations.import',
  releasesRead: 'plugin::newsroom.releases.read',
  releasesCompose: 'plugin::newsroom.releases.compose',
  releasesPublish: 'plugin::newsroom.releases.publish',
} as const;

export const ACTIONS = [
  { uid: 'translations.read', displayName: 'View translation status', category: 'translations' },
  { uid: 'translations.export', displayName: 'Export XLIFF', category: 'translations' },
  { uid: 'translations.import', displayName: 'Import XLIFF and mark reviewed', category: 'translations' },
  { uid: 'releases.read', displayName: 'View the dashboard and releases, parse imported text', category: 'releases' },
  { uid: 'releases.compose', displayName: 'Edit quotes and deployments, save imported releases', category: 'releases' },
  { uid: 'releases.publish', displayName: 'Publish and unpublish releases', category: 'releases' },
] as const;
