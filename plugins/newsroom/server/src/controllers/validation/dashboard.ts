import { z } from 'zod';

import { localeParam } from './releases';

export const PUBLICATION_FILTERS = ['draft', 'published', 'modified', 'missing', 'outdated'] as const;

const positiveInt = (name: string, max: number, fallback: number) =>
  z
    .string({ error: `${name} must be a whole number` })
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(1, `${name} must be at least 1`).max(max, `${name} must be at most ${max}`))
    .default(fallback);

const day = (name: string) => z.iso.date({ error: `${name} must be a date (YYYY-MM-DD)` });

/** Query of `GET /newsroom/releases` (the dashboard): anything not listed is refused by name. */
export const dashboardQuery = z
  .strictObject({
    search: z
      .string({ error: 'search must be text' })
      .trim()
      .max(200, 'search is too long (200 characters at most)')
      .transform((value) => value || undefined)
      .optional(),
    status: z
      .enum(PUBLICATION_FILTERS, { error: `status must be one of ${PUBLICATION_FILTERS.join(', ')}` })
      .optional(),
    locale: localeParam.optional(),
    from: day('from').optional(),
    to: day('to').optional(),
    page: positiveInt('page', 100000, 1),
    pageSize: positiveInt('pageSize', 100, 20),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'to must not be before from',
  });
