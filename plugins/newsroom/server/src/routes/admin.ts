import { PERMISSIONS } from '../../../shared/permissions';

/** Admin routes (mounted at /newsroom/...): every one needs an admin session and a newsroom permission. */
const guarded = (method: 'GET' | 'POST', path: string, handler: string, action: string) => ({
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
  ],
};
