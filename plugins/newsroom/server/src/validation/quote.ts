import { z } from 'zod';

import { checkWrite, type FieldIssue, type WriteMode } from './issues';

/** Domain rules for a quote write: the exact words are required, the order is a position. */
export const quoteWriteSchema = z.looseObject({
  text: z.string({ error: 'text (the exact words) is required' }).trim().min(1, 'text (the exact words) must not be empty'),
  speakerRole: z.string({ error: 'speakerRole must be text' }).max(200).nullable().optional(),
  saidAt: z.union([z.iso.datetime({ offset: true, message: 'saidAt must be an ISO 8601 date-time' }), z.date(), z.null()]).optional(),
  order: z.number({ error: 'order must be a number' }).int('order must be a whole number').min(0, 'order must not be negative').nullable().optional(),
});

export const validateQuoteWrite = (data: Record<string, unknown>, mode: WriteMode): FieldIssue[] =>
  checkWrite(quoteWriteSchema, data, mode);

export const SPEAKER_REQUIRED: FieldIssue = { path: ['speaker'], message: 'a quote needs a speaker (a person)' };
