import { z } from 'zod';

/**
 * The plugin's configuration (`config/plugins.ts` -> `newsroom.config`). Every key is optional:
 * defaults live here, not in `config.default`, because Strapi merges user config into the
 * default with lodash `defaultsDeep`, which would merge a shorter `locales.available` list
 * index by index into the default one instead of replacing it.
 */

/** A BCP 47-shaped locale code (en, fr, sq, sr-Latn, pt-BR). Whether Strapi knows it is checked at bootstrap. */
const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "en", "fr" or "sr-Latn"');

export const DEFAULT_LOCALES = ['en', 'fr', 'sq', 'sr-Latn', 'sr-Cyrl'];

/** Without `locales.defaultScripts`: Serbian without a script is read as Latin (when sr-Latn is enabled). */
export const DEFAULT_SCRIPTS: Record<string, string> = { sr: 'Latn' };

export const newsroomConfigSchema = z
  .object({
    locales: z
      .object({
        /** The default locale: where releases are written first and the source of translations. */
        default: localeCode.default('en'),
        /** Every locale the newsroom publishes in (created in i18n at bootstrap when missing). */
        available: z.array(localeCode).min(1, 'must name at least one locale').default(DEFAULT_LOCALES),
        /**
         * The script an Accept-Language tag without one means, by language: `{ sr: 'Latn' }` sends
         * `sr`, `sr-RS` and `sr-BA` to `sr-Latn`. Other languages get CLDR's likely script.
         * Each `<language>-<Script>` named here must be listed in `available`.
         */
        defaultScripts: z
          .record(
            z.string().regex(/^[a-z]{2,3}$/, 'must be a language subtag such as "sr"'),
            z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as "Latn" or "Cyrl"'),
          )
          .optional(),
      })
      .strict()
      .prefault({}),
    api: z
      .object({
        defaultPageSize: z.number().int().min(1).max(100).default(25),
        maxPageSize: z.number().int().min(1).max(100).default(100),
      })
      .strict()
      .prefault({}),
    /** The consuming site: where release pages live, who publishes them. */
    site: z
      .object({
        baseUrl: z
          .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as "https://newsroom.example.org"' })
          .default('http://localhost:3000')
          .transform((url) => url.replace(/\/+$/, '')),
        /** Path of one release on the site; {locale} and {slug} are replaced. */
        releasePath: z
          .string()
          .regex(/^\/.*\{slug\}/, 'must start with "/" and contain {slug}')
          .default('/{locale}/releases/{slug}'),
        name: z.string().min(1).default('Newsroom'),
        publisher: z
          .object({
            name: z.string().min(1).default('Newsroom'),
            url: z.url({ protocol: /^https?$/ }).optional(),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /** HTTP caching of the public API. */
    http: z
      .object({
        /** Cache-Control max-age of public responses, in seconds (0: always revalidate). */
        maxAge: z.number().int().min(0).max(86400).default(60),
        /** stale-while-revalidate, in seconds. */
        staleWhileRevalidate: z.number().int().min(0).max(86400).default(300),
        /**
         * Memory budget, in bytes, of each instance's response cache (keyed by the content version in
         * the database); least recently used responses go first. 0 turns the cache off.
         */
        memoryCacheBytes: z.number().int().min(0).max(4 * 1024 * 1024 * 1024).default(64 * 1024 * 1024),
      })
      .strict()
      .prefault({}),
    translations: z
      .object({
        /** Locales of the example "Newsroom translator" admin role created at start; [] for none. */
        exampleTranslatorRoleLocales: z.array(localeCode).default(['fr']),
        /** Largest XLIFF file accepted on import, in bytes. */
        maxImportBytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
        /**
         * Secret the unit ids of XLIFF exports are signed with (an HMAC), so that a file cannot be
         * forged. Default: derived from the app's keys (APP_KEYS), else the admin JWT secret.
         */
        xliffSigningSecret: z.string().min(32, 'must have at least 32 characters').optional(),
      })
      .strict()
      .prefault({}),
    /**
     * Limits of every GraphQL request (`@strapi/plugin-graphql`), installed by the plugin at
     * register; over-limit documents are refused with a 400 before anything runs.
     */
    graphql: z
      .object({
        /** Tokens in one document: parsing stops past it (a 1,000-alias document has ~17,000). */
        maxTokens: z.number().int().min(100).max(100000).default(2000),
        /** Aliases in one document. */
        maxAliases: z.number().int().min(0).max(1000).default(15),
        /** Directives in one document. */
        maxDirectives: z.number().int().min(0).max(1000).default(20),
        /**
         * Cost of one operation: each field costs 1, and a list multiplies what it holds by its
         * size (its `pagination` limit, else the GraphQL plugin's default limit).
         */
        maxCost: z.number().int().min(1).max(10_000_000).default(25000),
        /** Schema introspection; unset: on unless NODE_ENV is production. */
        introspection: z.boolean().optional(),
        /** "Did you mean ...?" in error messages; unset: on unless NODE_ENV is production. */
        fieldSuggestions: z.boolean().optional(),
      })
      .strict()
      .prefault({}),
    feeds: z
      .object({
        /** Releases in each feed. */
        size: z.number().int().min(1).max(500).default(50),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (!config.locales.available.includes(config.locales.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['locales', 'default'],
        message: `"${config.locales.default}" must also be listed in locales.available`,
      });
    }
    for (const [language, script] of Object.entries(config.locales.defaultScripts ?? {})) {
      if (!config.locales.available.includes(`${language}-${script}`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locales', 'defaultScripts', language],
          message: `"${language}-${script}" must also be listed in locales.available`,
        });
      }
    }
    if (new Set(config.locales.available).size !== config.locales.available.length) {
      ctx.addIssue({ code: 'custom', path: ['locales', 'available'], message: 'lists a locale twice' });
    }
    if (config.api.defaultPageSize > config.api.maxPageSize) {
      ctx.addIssue({ code: 'custom', path: ['api', 'defaultPageSize'], message: 'must not exceed api.maxPageSize' });
    }
  });

export type NewsroomConfig = z.infer<typeof newsroomConfigSchema>;

/** The full configuration, defaults applied. Throws one Error listing every problem with its path. */
export const parseConfig = (input: unknown): NewsroomConfig => {
  const result = newsroomConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`invalid newsroom plugin config:\n${problems.join('\n')}`);
};
