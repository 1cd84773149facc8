/**
 * `npm run newsroom -- --postgres`: where the database is, and creating it when it is missing.
 * Imported after `npm ci` (it needs `pg`).
 */
import pg from 'pg';

/** Connection settings as Strapi's config/database.ts reads them: DATABASE_URL, else DATABASE_*. */
export const postgresSettings = (env) => {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      host: url.hostname || '127.0.0.1',
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username) || 'postgres',
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'newsroom',
    };
  }
  return {
    host: env.DATABASE_HOST || '127.0.0.1',
    port: Number(env.DATABASE_PORT || 5432),
    user: env.DATABASE_USERNAME || 'postgres',
    password: env.DATABASE_PASSWORD ?? '',
    database: env.DATABASE_NAME || 'newsroom',
  };
};

/** The environment Strapi needs for these settings (DATABASE_URL wins when given). */
export const postgresEnv = (settings) => ({
  DATABASE_CLIENT: 'postgres',
  ...(settings.url
    ? { DATABASE_URL: settings.url }
    : {
        DATABASE_HOST: settings.host,
        DATABASE_PORT: String(settings.port),
        DATABASE_USERNAME: settings.user,
        DATABASE_PASSWORD: settings.password,
        DATABASE_NAME: settings.database,
      }),
});

/**
 * Creates the database when it does not exist (connecting to the `postgres` maintenance
 * database with the same user). Returns true when it created it; on failure, says what to run.
 */
export const ensureDatabase = async (settings) => {
  const where = `${settings.user}@${settings.host}:${settings.port}`;
  const admin = new pg.Client({ ...settings, url: undefined, database: 'postgres', connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable as ${where} (${error.message}). Start it, or set DATABASE_URL.`);
  }
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [settings.database]);
    if (found.rowCount > 0) return false;
    await admin.query(`CREATE DATABASE "${settings.database.replace(/"/g, '""')}"`);
    return true;
  } catch (error) {
    throw new Error(
      `Could not create the database "${settings.database}" as ${where} (${error.message}). Create it, then run this again:\n` +
        `  createdb -h ${settings.host} -p ${settings.port} -U <a user allowed to> -O ${settings.user} ${settings.database}`,
    );
  } finally {
    await admin.end();
  }
};
