import { Box, Flex, Typography } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';
import type { DashboardCounts } from '../../../services/releases';

/** What each count counts: releases, or language versions (one release in one locale). */
const ITEMS: Array<[keyof DashboardCounts, string]> = [
  ['releases', '{count, plural, one {release} other {releases}}'],
  ['published', '{count, plural, one {published language version} other {published language versions}}'],
  ['drafts', '{count, plural, one {draft language version} other {draft language versions}}'],
  ['modified', '{count, plural, one {language version with unpublished changes} other {language versions with unpublished changes}}'],
  ['outdatedTranslations', '{count, plural, one {outdated translation} other {outdated translations}}'],
  ['missingTranslations', '{count, plural, one {missing translation} other {missing translations}}'],
];

/** The newsroom at a glance, each number saying what it counts ("1 release, 2 published language versions"). */
export const Counts = ({ counts, locale }: { counts: DashboardCounts; locale?: string }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="omega" tag="p" data-testid="dashboard-counts-summary">
        {t(
          'dashboard.counts.summary',
          '{releases, plural, one {# release} other {# releases}}, {published, plural, one {# published language version} other {# published language versions}}',
          { releases: counts.releases, published: counts.published },
        )}
        {locale ? ` (${locale})` : ''}
      </Typography>
      <Flex gap={3} wrap="wrap">
        {ITEMS.map(([key, label]) => (
          <Box key={key} background="neutral0" shadow="tableShadow" hasRadius padding={4} minWidth="160px">
            <Typography variant="alpha" tag="p">
              {counts[key]}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t(`dashboard.counts.${key}`, label, { count: counts[key] })}
            </Typography>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};
