import { Badge, Typography } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';

/** Beside a value the import is unsure of (inferred from further away): check this one first. */
export const UncertainMark = ({ withText = false }: { withText?: boolean }) => {
  const t = useT();
  const label = t('import.uncertain', 'Check: inferred');
  return withText ? (
    <Typography variant="pi" textColor="warning600" data-testid="uncertain-mark">
      {label}
    </Typography>
  ) : (
    <Badge marginLeft={2} textColor="warning600" backgroundColor="warning100" data-testid="uncertain-mark" title={label}>
      {label}
    </Badge>
  );
};
