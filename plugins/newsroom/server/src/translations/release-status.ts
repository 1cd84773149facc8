import type { DocumentStatus, PartStatus } from '../../../shared/contracts/translations';
import { leastCurrent, type TranslationStatus } from './status';

export interface Part {
  type: PartStatus['type'];
  status: DocumentStatus;
}

/**
 * A release is as current as its least current quote or deployment: in each locale, `status`
 * becomes the least current of the release's own status (kept as `ownStatus`) and its parts'
 * (a part missing in a locale where the release exists makes it partial), and `parts` lists the
 * quotes and deployments that are not current there. A release missing in a locale stays missing.
 */
export const withPartStatuses = (release: DocumentStatus, parts: readonly Part[]): DocumentStatus => ({
  ...release,
  locales: release.locales.map((entry) => {
    const notCurrent: PartStatus[] = parts.flatMap(({ type, status }) => {
      const inLocale = status.locales.find((candidate) => candidate.locale === entry.locale);
      return inLocale && inLocale.status !== 'current'
        ? [{ type, documentId: status.documentId, label: status.label, status: inLocale.status }]
        : [];
    });
    const own = entry.status;
    const status: TranslationStatus =
      own === 'missing'
        ? 'missing'
        : leastCurrent([own, ...notCurrent.map((part) => (part.status === 'missing' ? 'partial' : part.status))]);
    return { ...entry, status, ownStatus: own, parts: notCurrent };
  }),
});
