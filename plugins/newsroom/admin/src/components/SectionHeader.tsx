import { Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** A section's heading with its item count, and an action on the right. */
export const SectionHeader = ({ title, count, action }: { title: string; count: number; action?: ReactNode }) => (
  <Flex justifyContent="space-between">
    <Typography variant="delta" tag="h2">
      {title} ({count})
    </Typography>
    {action}
  </Flex>
);
