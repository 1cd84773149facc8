import { z } from 'zod';

import type { FieldIssue } from '../../validation/issues';
import { toFieldIssues } from '../../validation/issues';

const locale = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "en" or "sr-Latn"');
const positiveInt = (name: string, max?: number) => {
  let number = z.coerce.number({ error: `${name} must be a whole number` }).int(`${name} must be a whole number`).min(1, `${name} must be at least 1`);
  if (max !== undefined) number = number.max(max, `${name} must be at most ${max}`);
  return number;
};

/** Query of `GET /releases`: anything else (status, filters, populate...) is refused by name. */
export const listQuerySchema = (maxPageSize: number) =>
  z.strictObject({
    locale: locale.optional(),
    page: positiveInt('page').max(100000, 'page must be at most 100000').optional(),
    pageSize: positiveInt('pageSize', maxPageSize).optional(),
  });

/** Query of `GET /releases/:slug`. */
export const detailQuerySchema = z.strictObject({ locale: locale.optional() });

/** A slug as the newsroom makes them: nothing else can be one, so nothing else is looked up. */
export const slugParamSchema = z
  .string()
  .max(96, 'slug is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug may only hold lower-case letters, digits and single dashes');

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export const parseWith = <T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> => {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toFieldIssues(result.error) };
};
