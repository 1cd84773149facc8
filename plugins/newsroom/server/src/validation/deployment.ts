import { z } from 'zod';

import { DEPLOYMENT_STATUSES, PERSONNEL_QUALIFIERS } from '../../../shared/domain';
import { isCountryCode } from '../countries/iso-3166';
import { checkWrite, type FieldIssue, type WriteMode } from './issues';

/** Domain rules for a deployment write. */
export const deploymentWriteSchema = z.looseObject({
  mission: z.string({ error: 'mission is required (e.g. "KFOR")' }).trim().min(1, 'mission must not be empty'),
  contributingNation: z
    .string({ error: 'contributingNation must be an ISO 3166-1 alpha-2 code such as "TR"' })
    .refine(isCountryCode, {
      message: 'contributingNation must be an ISO 3166-1 alpha-2 country code such as "TR" (upper case)',
    })
    .nullable()
    .optional(),
  personnelCount: z
    .number({ error: 'personnelCount must be a number' })
    .int('personnelCount must be a whole number')
    .min(0, 'personnelCount must not be negative')
    .nullable()
    .optional(),
  personnelQualifier: z
    .enum(PERSONNEL_QUALIFIERS, { error: `personnelQualifier must be one of ${PERSONNEL_QUALIFIERS.join(', ')}` })
    .optional(),
  deploymentStatus: z
    .enum(DEPLOYMENT_STATUSES, { error: `deploymentStatus must be one of ${DEPLOYMENT_STATUSES.join(', ')}` })
    .optional(),
  arrivalDate: z.union([z.iso.date({ message: 'arrivalDate must be a date (YYYY-MM-DD)' }), z.null()]).optional(),
});

export const validateDeploymentWrite = (data: Record<string, unknown>, mode: WriteMode): FieldIssue[] =>
  checkWrite(deploymentWriteSchema, data, mode);
