import { z } from 'zod';

import { deploymentFields } from './composer';
import { localeParam } from './releases';

export const MAX_IMPORT_TEXT = 200_000;

const nonBlank = (name: string, max: number) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} must not be empty`)
    .max(max, `${name} is too long (${max} characters at most)`);

/** Body of `POST /newsroom/import/parse`. */
export const parseBody = z.strictObject({
  text: z
    .string({ error: 'text (the release as plain text) is required' })
    .max(MAX_IMPORT_TEXT, `text is too long (${MAX_IMPORT_TEXT.toLocaleString('en')} characters at most)`)
    .refine((text) => text.trim().length > 0, 'text must not be empty'),
  locale: localeParam.optional(),
});

/**
 * Body of `POST /newsroom/import`. Fields it does not know are dropped (so a proposal's
 * `sourceText`, `personMatch` or `notes` may be sent back as they are).
 */
export const saveBody = z.object({
  locale: localeParam.optional(),
  title: nonBlank('title', 300),
  issuedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'issuedAt must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
  }),
  place: z
    .string({ error: 'place must be text or null' })
    .max(120, 'place is too long (120 characters at most)')
    .nullable()
    .optional(),
  summary: z.string({ error: 'summary must be text or null' }).nullable().optional(),
  paragraphs: z
    .array(z.string({ error: 'each paragraph must be text' }), { error: 'paragraphs must be a list of texts' })
    .max(2000),
  quotes: z
    .array(
      z.object({
        text: nonBlank('text', 10000),
        speakerName: nonBlank('speakerName', 200),
        speakerRole: z.string({ error: 'speakerRole must be text or null' }).nullable().optional(),
        personDocumentId: z.string({ error: 'personDocumentId must be text or null' }).nullable().optional(),
      }),
      { error: 'quotes must be a list' },
    )
    .max(500),
  deployments: z.array(z.object(deploymentFields), { error: 'deployments must be a list' }).max(500),
});
