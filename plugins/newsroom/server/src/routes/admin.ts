import { PERMISSIONS } from '../../../shared/permissions';
import type { CanEditLocaleConfig } from '../policies/can-edit-locale';

/**
 * Admin routes (mounted at /newsroom/...): every one needs an admin session and a newsroom
 * permission; a write in one locale also needs a role that may edit that locale (`locale`: where
 * the route carries it, see policies/can-edit-locale.ts).
 */
const guarded = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  handler: string,
  action: string,
  locale?: CanEditLocaleConfig,
) => ({
  method,
  path,
  handler,
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [action] } },
      ...(locale ? [{ name: 'plugin::newsroom.can-edit-locale', config: locale }] : []),
    ],
  },
});

export default {
  type: 'admin',
  routes: [
    guarded('GET', '/translations', 'translations.matrix', PERMISSIONS.translationsRead),
    guarded('GET', '/translations/releases/:documentId', 'translations.release', PERMISSIONS.translationsRead),
    guarded('POST', '/translations/review', 'translations.review', PERMISSIONS.translationsImport, { from: 'body', required: true }),
    guarded('GET', '/translations/releases/:documentId/xliff', 'translations.exportRelease', PERMISSIONS.translationsExport),
    guarded('POST', '/translations/xliff/export', 'translations.exportMany', PERMISSIONS.translationsExport),
    guarded('POST', '/translations/xliff/import', 'translations.import', PERMISSIONS.translationsImport, { from: 'query', required: true }),
    // The translation editor (shared/contracts/translations.ts): the role's locales only.
    guarded('GET', '/translations/editor/:documentId', 'translation-editor.findOne', PERMISSIONS.translationsRead),
    guarded('PUT', '/translations/editor/:documentId', 'translation-editor.save', PERMISSIONS.translationsImport, { from: 'query', required: true }),
    guarded('POST', '/translations/editor/:documentId/review', 'translation-editor.review', PERMISSIONS.translationsImport, { from: 'query', required: true }),
    // The editors' screens (shared/contracts/dashboard.ts).
    guarded('GET', '/releases', 'dashboard.find', PERMISSIONS.releasesRead),
    guarded('GET', '/releases/:documentId', 'composer.findOne', PERMISSIONS.releasesRead),
    guarded('POST', '/releases/:documentId/quotes', 'composer.addQuote', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('PUT', '/releases/:documentId/quotes/:quoteId', 'composer.updateQuote', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('DELETE', '/releases/:documentId/quotes/:quoteId', 'composer.removeQuote', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('PUT', '/releases/:documentId/quotes-order', 'composer.reorderQuotes', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('POST', '/releases/:documentId/deployments', 'composer.addDeployment', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('PUT', '/releases/:documentId/deployments/:deploymentId', 'composer.updateDeployment', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('DELETE', '/releases/:documentId/deployments/:deploymentId', 'composer.removeDeployment', PERMISSIONS.releasesCompose, { from: 'query' }),
    guarded('POST', '/releases/:documentId/publish', 'composer.publish', PERMISSIONS.releasesPublish, { from: 'query' }),
    guarded('POST', '/releases/:documentId/unpublish', 'composer.unpublish', PERMISSIONS.releasesPublish, { from: 'query' }),
    guarded('POST', '/import/parse', 'release-import.parse', PERMISSIONS.releasesRead),
    guarded('POST', '/import', 'release-import.save', PERMISSIONS.releasesCompose, { from: 'body' }),
  ],
};
