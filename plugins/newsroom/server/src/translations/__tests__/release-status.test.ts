import type { DocumentStatus, LocaleStatus } from '../../../../shared/contracts/translations';
import { withPartStatuses } from '../release-status';

const entry = (locale: string, status: LocaleStatus['status']): LocaleStatus => ({
  locale,
  status,
  changes: [],
  updatedAt: null,
  reviewedAt: null,
});
const doc = (documentId: string, statuses: Record<string, LocaleStatus['status']>): DocumentStatus => ({
  uid: 'x',
  documentId,
  sourceLocale: 'en',
  label: documentId,
  updatedAt: null,
  locales: Object.entries(statuses).map(([locale, status]) => entry(locale, status)),
});

// Issue 8 item 12: a release is as outdated as its least current quote or deployment.
describe('withPartStatuses', () => {
  const release = doc('r', { fr: 'current', sq: 'current', de: 'missing', it: 'current' });
  const result = withPartStatuses(release, [
    { type: 'quote', status: doc('q1', { fr: 'current', sq: 'current', de: 'missing', it: 'missing' }) },
    { type: 'deployment', status: doc('d1', { fr: 'outdated', sq: 'current', de: 'missing', it: 'current' }) },
    { type: 'deployment', status: doc('d2', { fr: 'outdated', sq: 'current', de: 'missing', it: 'current' }) },
  ]);
  const inLocale = (locale: string) => result.locales.find((candidate) => candidate.locale === locale)!;

  it('is outdated when a part is outdated, naming the parts', () => {
    expect(inLocale('fr')).toMatchObject({ status: 'outdated', ownStatus: 'current' });
    expect(inLocale('fr').parts).toEqual([
      { type: 'deployment', documentId: 'd1', label: 'd1', status: 'outdated' },
      { type: 'deployment', documentId: 'd2', label: 'd2', status: 'outdated' },
    ]);
  });

  it('is current only when every part is', () => {
    expect(inLocale('sq')).toMatchObject({ status: 'current', ownStatus: 'current', parts: [] });
  });

  it('is partial when a part is missing where the release exists, missing when the release is', () => {
    expect(inLocale('it').status).toBe('partial');
    expect(inLocale('de').status).toBe('missing');
  });
});
