import { z } from 'zod';

import { isCountryCode } from '../../countries/iso-3166';
import { RELEASE_SORTS } from '../../read-model/release-filters';
import type { FieldIssue } from '../../validation/issues';
import { toFieldIssues } from '../../validation/issues';

export const localeParam = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "en" or "sr-Latn"');

export const positiveInt = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(1, `${name} must be at least 1`).max(max, `${name} must be at most ${max}`));

export const booleanParam = (name: string) =>
  z.enum(['true', 'false'], { error: `${name} must be true or false` }).transform((value) => value === 'true');

/** An ISO 3166-1 alpha-2 code, any case, as upper case. */
export const nationParam = z
  .string()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, 'nation must be an ISO 3166-1 alpha-2 country code such as "TR"');

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (YYYY-MM-DD: the whole day) or an ISO 8601 date-time (UTC when it has no offset), as an
 * ISO date-time. Calendar-checked: 2023-02-30, 2023-02-29 or 24:00 are refused, not rolled over
 * into the next month as `Date.parse` would.
 */
const dateBound = (name: string, end: 'start' | 'end') =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
      error: `${name} must be a real date (YYYY-MM-DD) or ISO 8601 date-time`,
    })
    .transform((value) => {
      if (DATE_ONLY.test(value)) return `${value}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`;
      const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(value);
      return new Date(hasOffset ? value : `${value}Z`).toISOString();
    });

export const text = (name: string, max: number) =>
  z.string().trim().min(1, `${name} must not be empty`).max(max, `${name} is too long`);

/** Query of `GET /releases`: anything not listed here is refused by name (built once per page-size limit). */
export const listQuerySchema = (maxPageSize: number) => {
  let schema = listSchemas.get(maxPageSize);
  if (!schema) {
    schema = buildListQuerySchema(maxPageSize);
    listSchemas.set(maxPageSize, schema);
  }
  return schema;
};

const buildListQuerySchema = (maxPageSize: number) =>
  z
    .strictObject({
      locale: localeParam.optional(),
      fallback: booleanParam('fallback').optional(),
      page: positiveInt('page', 100000).optional(),
      pageSize: positiveInt('pageSize', maxPageSize).optional(),
      sort: z.enum(RELEASE_SORTS, { error: `sort must be one of ${RELEASE_SORTS.join(', ')}` }).optional(),
      issuedFrom: dateBound('issuedFrom', 'start').optional(),
      issuedTo: dateBound('issuedTo', 'end').optional(),
      organisation: text('organisation', 200).optional(),
      person: text('person', 200).optional(),
      mission: text('mission', 60).optional(),
      nation: nationParam.optional(),
      q: text('q', 200).optional(),
    })
    .refine((query) => !query.issuedFrom || !query.issuedTo || query.issuedFrom <= query.issuedTo, {
      path: ['issuedTo'],
      message: 'issuedTo must not be before issuedFrom',
    });

const listSchemas = new Map<number, ReturnType<typeof buildListQuerySchema>>();

/** Query of `GET /releases/:slug` and its formats. */
export const detailQuerySchema = z.strictObject({
  locale: localeParam.optional(),
  fallback: booleanParam('fallback').optional(),
});

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
