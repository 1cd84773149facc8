import { z } from 'zod';

import { XLIFF_VERSIONS } from '../../xliff';
import { TRANSLATED_UIDS } from '../../translations/tracked-fields';
import { booleanParam, localeParam } from './releases';

const positive = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int()
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`);

export const TYPE_TO_UID = {
  release: TRANSLATED_UIDS[0],
  quote: TRANSLATED_UIDS[1],
  deployment: TRANSLATED_UIDS[2],
} as const;

export const matrixQuery = z.strictObject({
  type: z.enum(['release', 'quote', 'deployment']).default('release'),
  locale: localeParam.optional(),
  status: z.enum(['missing', 'partial', 'outdated', 'current']).optional(),
  page: positive('page', 100000).default(1),
  pageSize: positive('pageSize', 100).default(25),
});

export const exportQuery = z.strictObject({
  locale: localeParam,
  version: z.enum(XLIFF_VERSIONS, { error: `version must be one of ${XLIFF_VERSIONS.join(', ')}` }).default('1.2'),
  onlyChanged: booleanParam('onlyChanged').optional(),
});

export const exportManyBody = z.strictObject({
  locale: localeParam,
  version: z.enum(XLIFF_VERSIONS).default('1.2'),
  /** Which releases: those missing, partial or outdated in `locale` (default; parts counted), one status, or every one. */
  status: z.enum(['missing-or-outdated', 'missing', 'outdated', 'partial', 'current', 'all']).default('missing-or-outdated'),
  onlyChanged: z.boolean().default(true),
});

export const importQuery = z.strictObject({
  locale: localeParam,
  documentId: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/, 'documentId is malformed')
    .optional(),
});

export const reviewBody = z.strictObject({
  type: z.enum(['release', 'quote', 'deployment']),
  documentId: z.string().regex(/^[a-z0-9]{10,40}$/, 'documentId is malformed'),
  locale: localeParam,
});

const documentIdParam = z.string().regex(/^[a-z0-9]{10,40}$/, 'documentId is malformed');

export const editorParams = z.object({ documentId: documentIdParam });
export const editorQuery = z.strictObject({ locale: localeParam });

/** A field value: text, or rich text blocks (checked against the field's kind by the service), or null. */
const fieldValue = z.union([
  z.string().max(200_000, 'at most 200,000 characters'),
  z.array(z.record(z.string(), z.unknown())).max(2_000, 'at most 2,000 blocks'),
  z.null(),
]);

export const editorSaveBody = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        type: z.enum(['release', 'quote', 'deployment']),
        documentId: documentIdParam,
        fields: z.record(z.string(), fieldValue),
      }),
    )
    .min(1, 'at least one document')
    .max(500, 'at most 500 documents'),
});
