import { z } from 'zod';

import { DEPLOYMENT_STATUSES } from '../../../../shared/domain';
import { localeParam, nationParam, positiveInt, text } from './releases';

/** Query of `GET /quotes`. */
export const quotesQuerySchema = (maxPageSize: number) =>
  z.strictObject({
    locale: localeParam.optional(),
    speaker: text('speaker', 200).optional(),
    page: positiveInt('page', 100000).optional(),
    pageSize: positiveInt('pageSize', maxPageSize).optional(),
  });

/** Query of `GET /deployments`. */
export const deploymentsQuerySchema = (maxPageSize: number) =>
  z.strictObject({
    locale: localeParam.optional(),
    mission: text('mission', 60).optional(),
    nation: nationParam.optional(),
    status: z
      .enum(DEPLOYMENT_STATUSES, { error: `status must be one of ${DEPLOYMENT_STATUSES.join(', ')}` })
      .optional(),
    page: positiveInt('page', 100000).optional(),
    pageSize: positiveInt('pageSize', maxPageSize).optional(),
  });
