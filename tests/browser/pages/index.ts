export { AdminShell } from './AdminShell';
export { ContentManagerEditPage, ContentManagerListPage } from './ContentManagerPage';
export { LoginPage, type Credentials } from './LoginPage';
export { NEWSROOM_PATH, NewsroomPage } from './NewsroomPage';
export { ImportPage } from './ImportPage';
export { LocalizedReleasePage, ReleasePage } from './ReleasePage';
export { TranslationEditorPage } from './TranslationEditorPage';
export { TranslationsPage } from './TranslationsPage';
