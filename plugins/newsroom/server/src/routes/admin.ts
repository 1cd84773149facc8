import { PERMISSIONS } from '../../../shared/permissions';

/** Admin routes (mounted at /newsroom/...): every one needs an admin session and a newsroom permission. */
const guarded = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
  },
});

export default {
  type: 'admin',
  routes: [
    guarded('GET', '/translations', 'translations.matrix', PERMISSIONS.translationsRead),
    guarded('GET', '/translations/releases/:documentId', 'translations.release', PERMISSIONS.translationsRead),
    guarded('POST', '/translations/review', 'translations.review', PERMISSIONS.translationsImport),
    guarded('GET', '/translations/releases/:documentId/xliff', 'translations.exportRelease', PERMISSIONS.translationsExport),
    guarded('POST', '/translations/xliff/export', 'translations.exportMany', PERMISSIONS.translationsExport),
    guarded('POST', '/translations/xliff/import', 'translations.import', PERMISSIONS.translationsImport),
    // The translation editor (shared/contracts/translations.ts): the role's locales only.
    guarded('GET', '/translations/editor/:documentId', 'translation-editor.findOne', PERMISSIONS.translationsRead),
    guarded('PUT', '/translations/editor/:documentId', 'translation-editor.save', PERMISSIONS.translationsImport),
    guarded('POST', '/translations/editor/:documentId/review', 'translation-editor.review', PERMISSIONS.translationsImport),
    // The editors' screens (shared/contracts/dashboard.ts).
    guarded('GET', '/releases', 'dashboard.find', PERMISSIONS.releasesRead),
    guarded('GET', '/releases/:documentId', 'composer.findOne', PERMISSIONS.releasesRead),
    guarded('POST', '/releases/:documentId/quotes', 'composer.addQuote', PERMISSIONS.releasesCompose),
    guarded('PUT', '/releases/:documentId/quotes/:quoteId', 'composer.updateQuote', PERMISSIONS.releasesCompose),
    guarded('DELETE', '/releases/:documentId/quotes/:quoteId', 'composer.removeQuote', PERMISSIONS.releasesCompose),
    guarded('PUT', '/releases/:documentId/quotes-order', 'composer.reorderQuotes', PERMISSIONS.releasesCompose),
    guarded('POST', '/releases/:documentId/deployments', 'composer.addDeployment', PERMISSIONS.releasesCompose),
    guarded('PUT', '/releases/:documentId/deployments/:deploymentId', 'composer.updateDeployment', PERMISSIONS.releasesCompose),
    guarded('DELETE', '/releases/:documentId/deployments/:deploymentId', 'composer.removeDeployment', PERMISSIONS.releasesCompose),
    guarded('POST', '/releases/:documentId/publish', 'composer.publish', PERMISSIONS.releasesPublish),
    guarded('POST', '/releases/:documentId/unpublish', 'composer.unpublish', PERMISSIONS.releasesPublish),
    guarded('POST', '/import/parse', 'release-import.parse', PERMISSIONS.releasesRead),
    guarded('POST', '/import', 'release-import.save', PERMISSIONS.releasesCompose),
  ],
};
