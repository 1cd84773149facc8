import { Box, Flex, Typography } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';
import type { DashboardCounts } from '../../../services/dashboard';

const ITEMS: Array<[keyof DashboardCounts, string]> = [
  ['releases', 'Releases'],
  ['published', 'Published'],
  ['drafts', 'Drafts'],
  ['modified', 'Modified since publication'],
  ['outdatedTranslations', 'Outdated translations'],
  ['missingTranslations', 'Missing translations'],
];

/** The newsroom at a glance. */
export const Counts = ({ counts }: { counts: DashboardCounts }) => {
  const t = useT();
  return (
    <Flex gap={3} wrap="wrap">
      {ITEMS.map(([key, label]) => (
        <Box key={key} background="neutral0" shadow="tableShadow" hasRadius padding={4} minWidth="160px">
          <Typography variant="pi" textColor="neutral600">
            {t(`dashboard.counts.${key}`, label)}
          </Typography>
          <Typography variant="alpha" tag="p">
            {counts[key]}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
};
