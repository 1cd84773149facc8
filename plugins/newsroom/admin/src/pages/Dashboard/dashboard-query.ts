import type { GetDashboard, PublicationState } from '../../services/releases';
import { isCompleteDay } from '../../utils/dates';

/** The dashboard's filters as they live in the URL (?search=&status=&locale=&from=&to=&page=). */
export interface DashboardFilters {
  search?: string;
  status?: string;
  locale?: string;
  from?: string;
  to?: string;
  page?: string;
}

export const STATUSES = ['draft', 'published', 'modified', 'missing', 'outdated'] as const;

/**
 * The request for these filters and the problems found at each field. A date that is not a
 * complete day, or a range that ends before it starts, is never sent: the field says why.
 */
export const dashboardRequest = (
  filters: DashboardFilters,
): { query: GetDashboard.Request['query']; problems: { from?: 'invalid'; to?: 'invalid' | 'beforeFrom' } } => {
  const problems: { from?: 'invalid'; to?: 'invalid' | 'beforeFrom' } = {};
  const from = filters.from && isCompleteDay(filters.from) ? filters.from : undefined;
  const to = filters.to && isCompleteDay(filters.to) ? filters.to : undefined;
  if (filters.from && !from) problems.from = 'invalid';
  if (filters.to && !to) problems.to = 'invalid';
  const rangeOk = !(from && to && to < from);
  if (!rangeOk) problems.to = 'beforeFrom';
  const status = (STATUSES as readonly string[]).includes(filters.status ?? '')
    ? (filters.status as PublicationState | 'outdated')
    : undefined;
  const page = Number(filters.page);
  return {
    query: {
      search: filters.search?.trim() || undefined,
      status,
      locale: filters.locale || undefined,
      from: rangeOk ? from : undefined,
      to: rangeOk ? to : undefined,
      page: String(Number.isInteger(page) && page > 0 ? page : 1),
      pageSize: '20',
    },
    problems,
  };
};
