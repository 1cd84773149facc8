import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import path from 'node:path';
import request from 'supertest';

import { ensureSuperAdmin } from '../../src/demo/admin-user';
import { createTestDatabase, ROOT, type TestDatabase } from './database';
import { TEST_ENV } from './test-env';

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
  http: () => request.Agent;
  close(): Promise<void>;
}


/**
 * Boots the real app (compiled by the global setup) with the newsroom plugin on a fresh
 * database, its HTTP server mounted but not listening: supertest drives it in-process.
 * `env` overrides configuration for this boot (e.g. NEWSROOM_LOCALES).
 */
export const bootApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const db = await createTestDatabase();
  Object.assign(process.env, TEST_ENV, db.env, env);
  const booted = createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  try {
    await booted.load();
    await booted.server.mount();
  } catch (error) {
    await booted.destroy().catch(() => undefined);
    await db.drop();
    for (const key of Object.keys(env)) delete process.env[key];
    throw error;
  }
  return {
    strapi: booted,
    db,
    http: () => request.agent(booted.server.httpServer),
    async close() {
      await booted.destroy();
      await db.drop();
      for (const key of Object.keys(env)) delete process.env[key];
    },
  };
};

export const ADMIN = { email: 'editor@newsroom.test', password: 'Newsroom-Test-1' };

/** Creates the super admin and logs in: the bearer token for admin routes (content manager). */
export const adminToken = async (app: TestApp): Promise<string> => {
  await ensureSuperAdmin(app.strapi, ADMIN);
  const response = await app.http().post('/admin/login').send(ADMIN);
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
};
