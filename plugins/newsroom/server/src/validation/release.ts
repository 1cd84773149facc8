import { z } from 'zod';

import { checkWrite, type FieldIssue, type WriteMode } from './issues';

const nonBlank = (field: string) =>
  z.string({ error: `${field} must be text` }).trim().min(1, `${field} must not be empty`);

/** Domain rules for a release write, beyond what the content-type schema says. Unknown keys pass. */
export const releaseWriteSchema = z.looseObject({
  title: nonBlank('title'),
  issuedAt: z.union([z.iso.datetime({ offset: true, message: 'issuedAt must be an ISO 8601 date-time' }), z.date(), z.null()]).optional(),
});

export const validateReleaseWrite = (data: Record<string, unknown>, mode: WriteMode): FieldIssue[] =>
  checkWrite(releaseWriteSchema, data, mode);
