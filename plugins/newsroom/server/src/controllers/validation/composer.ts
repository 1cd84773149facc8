import { z } from 'zod';

import type { DeploymentInput, QuoteInput } from '../../../../shared/contracts/dashboard';
import { DEPLOYMENT_STATUSES, PERSONNEL_QUALIFIERS } from '../../../../shared/domain';
import { localeParam } from './releases';

/*
 * Request bodies of the composer. They check the shape (which fields, of which type); the
 * newsroom's Document Service validation checks the rest (non-empty text, country codes, a
 * personnel count that is a whole number not below 0, dates) and answers a 400 naming the field.
 */

/** `?locale=` of every composer route (the default locale when absent). */
export const localeQuery = z.strictObject({ locale: localeParam.optional() });

const nullableText = (name: string) =>
  z
    .string({ error: `${name} must be text or null` })
    .nullable()
    .optional();

const speaker = z
  .strictObject(
    {
      documentId: z
        .string({ error: 'speaker.documentId must be text' })
        .trim()
        .min(1, 'speaker.documentId must not be empty')
        .optional(),
      name: z
        .string({ error: 'speaker.name must be text' })
        .trim()
        .min(1, 'speaker.name must not be empty')
        .max(200)
        .optional(),
    },
    { error: 'speaker must be { "documentId": ... } or { "name": ... }' },
  )
  .refine((value) => (value.documentId === undefined) !== (value.name === undefined), {
    message: 'speaker must give either a documentId or a name (exactly one)',
  })
  .transform((value): QuoteInput['speaker'] =>
    value.documentId !== undefined ? { documentId: value.documentId } : { name: value.name ?? '' },
  );

const quoteFields = {
  text: z.string({ error: 'text (the exact words) is required' }),
  speaker,
  speakerRole: nullableText('speakerRole'),
  saidAt: nullableText('saidAt'),
};

export const quoteInput: z.ZodType<QuoteInput> = z.strictObject(quoteFields);
export const quotePatch: z.ZodType<Partial<QuoteInput>> = z.strictObject(quoteFields).partial();

export const quotesOrder = z.strictObject({
  documentIds: z.array(z.string({ error: 'documentIds must hold quote documentIds' }), {
    error: 'documentIds must be the list of the quote documentIds, in their new order',
  }),
});

export const deploymentFields = {
  mission: z.string({ error: 'mission is required (e.g. "KFOR")' }),
  contributingNation: nullableText('contributingNation'),
  unit: nullableText('unit'),
  personnelCount: z.number({ error: 'personnelCount must be a number or null' }).nullable().optional(),
  personnelQualifier: z
    .enum(PERSONNEL_QUALIFIERS, { error: `personnelQualifier must be one of ${PERSONNEL_QUALIFIERS.join(', ')}` })
    .optional(),
  deploymentStatus: z
    .enum(DEPLOYMENT_STATUSES, { error: `deploymentStatus must be one of ${DEPLOYMENT_STATUSES.join(', ')}` })
    .optional(),
  arrivalDate: nullableText('arrivalDate'),
  location: nullableText('location'),
  durationNote: nullableText('durationNote'),
  mandate: nullableText('mandate'),
};

export const deploymentInput: z.ZodType<DeploymentInput> = z.strictObject(deploymentFields);
export const deploymentPatch: z.ZodType<Partial<DeploymentInput>> = z.strictObject(deploymentFields).partial();
