import type { Core } from '@strapi/strapi';

import type { DeploymentWithReleases } from '../../../shared/contracts/references';
import type { Pagination } from '../../../shared/contracts/releases';
import type { DeploymentStatus } from '../../../shared/domain';
import { loadReleaseReferences } from '../read-model/references';
import { DEPLOYMENT_COLUMNS, toDeploymentRow } from '../read-model/release-rows';
import { newsroomTables } from '../read-model/tables';
import { serializeDeployment } from '../serializers/release';
import { getService } from '../utils/get-service';

export interface DeploymentListOptions {
  locale: string;
  mission?: string;
  nation?: string;
  status?: DeploymentStatus;
  page: number;
  pageSize: number;
}

/** Published deployments, latest arrivals first, each with the releases reporting it (four queries a page). */
const deployments = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(options: DeploymentListOptions): Promise<{ deployments: DeploymentWithReleases[]; pagination: Pagination }> {
    const knex = strapi.db.connection;
    const tables = newsroomTables(strapi);
    const base = () => {
      const query = knex(`${tables.deployments} as d`).where('d.locale', options.locale).whereNotNull('d.published_at');
      if (options.mission) query.whereRaw('lower(d.mission) = lower(?)', [options.mission]);
      if (options.nation) query.where('d.contributing_nation', options.nation);
      if (options.status) query.where('d.deployment_status', options.status);
      return query;
    };
    const [rows, counted] = await Promise.all([
      base()
        .select('d.id', ...DEPLOYMENT_COLUMNS)
        .orderByRaw('CASE WHEN d.arrival_date IS NULL THEN 1 ELSE 0 END, d.arrival_date DESC, d.id DESC')
        .limit(options.pageSize)
        .offset((options.page - 1) * options.pageSize),
      base().count({ total: '*' }).first(),
    ]);
    const { site } = getService(strapi, 'settings').get();
    const link = tables.releaseDeployments;
    const sqlRows = rows as Array<Record<string, unknown>>;
    const references = await loadReleaseReferences(
      knex,
      tables,
      link,
      link.to,
      link.from,
      sqlRows.map((row) => Number(row.id)),
      site,
    );
    const total = Number((counted as { total?: number | string } | undefined)?.total ?? 0);
    return {
      deployments: sqlRows.map((row) => ({
        ...serializeDeployment(toDeploymentRow(row), options.locale),
        releases: references.get(Number(row.id)) ?? [],
      })),
      pagination: { page: options.page, pageSize: options.pageSize, pageCount: Math.ceil(total / options.pageSize), total },
    };
  },
});

export type DeploymentsService = ReturnType<typeof deployments>;
export default deployments;
