/**
 * What makes a production start unsafe: a secret that is missing, still the placeholder of
 * .env.example (`tobemodified`, `toBeModified1`, ...) or one of this repository's test and demo
 * fallbacks, or too short. `npm run secrets` prints a fresh set.
 */
type Env = Record<string, string | undefined>;

interface SecretRule {
  name: string;
  minBytes: number;
  /** A comma-separated list (APP_KEYS): every item is checked. */
  list?: boolean;
}

export const PRODUCTION_SECRETS: SecretRule[] = [
  { name: 'APP_KEYS', minBytes: 16, list: true },
  { name: 'API_TOKEN_SALT', minBytes: 16 },
  { name: 'ADMIN_JWT_SECRET', minBytes: 32 },
  { name: 'JWT_SECRET', minBytes: 32 },
  { name: 'TRANSFER_TOKEN_SALT', minBytes: 16 },
  { name: 'ENCRYPTION_KEY', minBytes: 32 },
];

const PLACEHOLDER = /^(tobemodified\d*|newsroom-(test|dev)-.*|changeme|secret)$/i;

const problemsOf = (rule: SecretRule, raw: string | undefined): string[] => {
  const value = (raw ?? '').trim().replace(/^"|"$/g, '');
  if (!value) return [`${rule.name} is not set`];
  const items = rule.list ? value.split(',').map((item) => item.trim()) : [value];
  if (items.some((item) => PLACEHOLDER.test(item))) return [`${rule.name} is a placeholder ("${items.find((item) => PLACEHOLDER.test(item))}")`];
  if (items.some((item) => Buffer.byteLength(item) < rule.minBytes)) {
    return [`${rule.name} is too short (${rule.list ? 'each key ' : ''}at least ${rule.minBytes} bytes)`];
  }
  return [];
};

/** Every unsafe setting, one message each naming the variable; empty when production may start. */
export const unsafeProductionSettings = (env: Env): string[] =>
  PRODUCTION_SECRETS.flatMap((rule) => problemsOf(rule, env[rule.name]));

export class UnsafeProductionSettingsError extends Error {
  constructor(problems: string[]) {
    super(
      [
        'Refusing to start in production with unsafe settings:',
        ...problems.map((problem) => `  - ${problem}`),
        'Set them in the environment or .env; `npm run secrets` prints fresh values.',
      ].join('\n'),
    );
    this.name = 'UnsafeProductionSettingsError';
  }
}

/** Throws (naming each setting to fix) when NODE_ENV=production and a secret is unsafe. */
export const assertSafeProductionSettings = (env: Env): void => {
  if (env.NODE_ENV !== 'production') return;
  const problems = unsafeProductionSettings(env);
  if (problems.length > 0) throw new UnsafeProductionSettingsError(problems);
};
