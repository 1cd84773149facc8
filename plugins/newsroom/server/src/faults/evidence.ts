import type { Core } from '@strapi/strapi';

import { UIDS, type NewsroomUid } from '../../../shared/domain';

const TYPES: Array<[string, NewsroomUid]> = [
  ['releases', UIDS.release],
  ['quotes', UIDS.quote],
  ['deployments', UIDS.deployment],
  ['people', UIDS.person],
  ['organisations', UIDS.organisation],
];

/**
 * Rows of each newsroom type matching `where` (e.g. a locale, or published in a locale), as the
 * current transaction sees them: what a fault pause point reports it has written.
 */
export const rowCounts = (strapi: Core.Strapi, where: Record<string, unknown> = {}) => async () => {
  const counts: Record<string, number> = {};
  for (const [name, uid] of TYPES) counts[name] = await strapi.db.query(uid).count({ where });
  return counts;
};
