import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { blocksText, searchIndex } from '../editorial/search-text';

type Row = Record<string, unknown>;

/**
 * The dashboard's search beyond titles: a release matches when every word appears somewhere in
 * it, in any locale: title, summary, body, its quotes and their speakers, its deployments'
 * missions and units. Three queries, whatever the number of releases.
 */
const dashboardSearch = ({ strapi }: { strapi: Core.Strapi }) => ({
  async matching(words: readonly string[]): Promise<Set<string>> {
    const index = searchIndex();
    const releases = (await strapi.db.query(UIDS.release).findMany({
      select: ['documentId', 'title', 'summary', 'body', 'place'],
    })) as Row[];
    for (const row of releases) {
      index.add(String(row.documentId), row.title, row.summary, row.place, blocksText(row.body));
    }
    const quotes = (await strapi.db.query(UIDS.quote).findMany({
      select: ['text', 'speakerRole'],
      populate: { release: { select: ['documentId'] }, speaker: { select: ['name'] } },
    })) as Array<Row & { release?: Row | null; speaker?: Row | null }>;
    for (const quote of quotes) {
      if (quote.release) index.add(String(quote.release.documentId), quote.text, quote.speakerRole, quote.speaker?.name);
    }
    const deployments = (await strapi.db.query(UIDS.deployment).findMany({
      select: ['mission', 'unit', 'location'],
      populate: { releases: { select: ['documentId'] } },
    })) as Array<Row & { releases?: Row[] }>;
    for (const deployment of deployments) {
      for (const release of deployment.releases ?? []) {
        index.add(String(release.documentId), deployment.mission, deployment.unit, deployment.location);
      }
    }
    return index.matching(words);
  },
});

export type DashboardSearchService = ReturnType<typeof dashboardSearch>;
export default dashboardSearch;
