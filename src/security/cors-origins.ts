/**
 * The origins a browser may call this app from with credentials (cookies, Authorization).
 * `CORS_ORIGINS` lists them, comma-separated; unset, only the app's own origin (its `PUBLIC_URL`,
 * else http://localhost:<PORT> and http://127.0.0.1:<PORT>): the admin panel is served from there.
 * `*` allows any origin, but then without credentials: no site can act as a logged-in user.
 */
export interface CorsSettings {
  origin: string[];
  credentials: boolean;
}

type Env = Record<string, string | undefined>;

const withoutTrailingSlash = (origin: string) => origin.replace(/\/+$/, '');

export const corsSettings = (env: Env): CorsSettings => {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => withoutTrailingSlash(origin.trim()))
    .filter(Boolean);
  if (listed.includes('*')) return { origin: ['*'], credentials: false };
  if (listed.length > 0) return { origin: listed, credentials: true };
  const port = env.PORT || '1337';
  const own = env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).origin] : [];
  return { origin: [...own, `http://localhost:${port}`, `http://127.0.0.1:${port}`], credentials: true };
};
