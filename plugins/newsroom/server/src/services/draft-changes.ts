import type { Core } from '@strapi/strapi';

import type { DashboardRelease } from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import { releaseFingerprint } from '../editorial/draft-fingerprint';

type Row = Record<string, unknown> & { quotes?: Row[]; deployments?: Row[] };

/**
 * "Modified" means the draft of a locale really differs from what is published there (fields,
 * quotes in order, deployments), not that a timestamp moved: a change undone, or a write to
 * another locale's shared field, leaves a locale "published".
 */
const draftChanges = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** documentId -> locales whose draft differs from their published version (both must exist). */
  async changedLocales(documentIds: string[]): Promise<Map<string, Set<string>>> {
    const changed = new Map<string, Set<string>>();
    if (documentIds.length === 0) return changed;
    const rows = (await strapi.db.query(UIDS.release).findMany({
      where: { documentId: { $in: documentIds } },
      populate: { quotes: { populate: { speaker: { select: ['documentId'] } } }, deployments: true },
    })) as Row[];
    const versions = new Map<string, { draft?: string; published?: string }>();
    for (const row of rows) {
      const key = `${String(row.documentId)}\u0000${String(row.locale)}`;
      const entry = versions.get(key) ?? {};
      entry[row.publishedAt ? 'published' : 'draft'] = releaseFingerprint(row);
      versions.set(key, entry);
    }
    for (const [key, { draft, published }] of versions) {
      if (draft === undefined || published === undefined || draft === published) continue;
      const [documentId, locale] = key.split('\u0000') as [string, string];
      changed.set(documentId, (changed.get(documentId) ?? new Set()).add(locale));
    }
    return changed;
  },

  /** The releases with each published locale's state corrected to "modified" or "published" by content. */
  async refine(releases: DashboardRelease[]): Promise<DashboardRelease[]> {
    const changed = await this.changedLocales(releases.map((release) => release.documentId));
    return releases.map((release) => ({
      ...release,
      locales: release.locales.map((entry) => {
        if (entry.publication !== 'published' && entry.publication !== 'modified') return entry;
        const differs = changed.get(release.documentId)?.has(entry.locale) ?? false;
        return { ...entry, publication: differs ? 'modified' : 'published' };
      }),
    }));
  },
});

export type DraftChangesService = ReturnType<typeof draftChanges>;
export default draftChanges;
