import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { DashboardPage } from './Dashboard/DashboardPage';
import { ImportPage } from './Import/ImportPage';
import { ReleasePage } from './Release/ReleasePage';
import { TranslationEditorPage } from './TranslationEditor/TranslationEditorPage';
import { TranslationsPage } from './Translations/TranslationsPage';

/** The Newsroom's screens, under /admin/plugins/newsroom. */
const App = () => (
  <Routes>
    <Route index element={<DashboardPage />} />
    <Route path="releases/:documentId" element={<ReleasePage />} />
    <Route path="import" element={<ImportPage />} />
    <Route path="translations" element={<TranslationsPage />} />
    <Route path="translations/:documentId/:locale" element={<TranslationEditorPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
