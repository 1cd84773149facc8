export { AdminShell } from './AdminShell';
export { ContentManagerListPage } from './ContentManagerPage';
export { LoginPage, type Credentials } from './LoginPage';
export { NEWSROOM_PATH, NewsroomPage } from './NewsroomPage';
export { ImportPage } from './ImportPage';
export { LocalizedReleasePage, ReleasePage } from './ReleasePage';
