/**
 * What browser test files start from: the running server, a logged-in admin, the demo data.
 *
 *   let admin: AdminSession;
 *   beforeAll(async () => { admin = await openAdmin(); });
 *   afterAll(async () => { await admin?.close(); });
 */
import { launchBrowser, type BrowserSession } from './helpers/browser';
import { serverInfo, type ServerInfo } from './helpers/server';
import { LoginPage } from './pages';

export { expectNoPageErrors } from './helpers/browser';
export { waitUntil } from './helpers/wait';
export { serverInfo, type ServerInfo } from './helpers/server';

/** The demo release seeded at server start (src/demo/kfor-release.ts), in en and fr. */
export { RELEASE as DEMO_RELEASE } from '../../src/demo/kfor-release';

export const RELEASE_UID = 'plugin::newsroom.release';

export interface AdminSession extends BrowserSession {
  server: ServerInfo;
}

/**
 * A fresh Chromium on the test server; logged in as the seeded super admin unless
 * `login: false`. Relative URLs work: `page.goto('/admin/plugins/newsroom')`.
 */
export const openAdmin = async (options: { login?: boolean } = {}): Promise<AdminSession> => {
  const server = serverInfo();
  const session = await launchBrowser({ baseURL: server.baseURL });
  try {
    if (options.login !== false) await new LoginPage(session.page).loginAs(server.admin);
  } catch (error) {
    await session.close();
    throw error;
  }
  return { ...session, server };
};
