import { Badge } from '@strapi/design-system';

import { useT } from '../hooks/useT';

type Status = 'missing' | 'outdated' | 'partial' | 'current' | 'draft' | 'published' | 'modified';

const COLORS: Record<Status, { text: string; background: string }> = {
  missing: { text: 'neutral600', background: 'neutral150' },
  outdated: { text: 'warning700', background: 'warning100' },
  partial: { text: 'warning700', background: 'warning100' },
  current: { text: 'success700', background: 'success100' },
  draft: { text: 'secondary700', background: 'secondary100' },
  published: { text: 'success700', background: 'success100' },
  modified: { text: 'alternative700', background: 'alternative100' },
};

const LABELS: Record<Status, string> = {
  missing: 'Missing',
  outdated: 'Outdated',
  partial: 'Partial',
  current: 'Current',
  draft: 'Draft',
  published: 'Published',
  modified: 'Modified',
};

/** A translation or publication status, with its own colour and a translatable label. */
export const StatusBadge = ({ status }: { status: Status }) => {
  const t = useT();
  const colors = COLORS[status] ?? COLORS.missing;
  return (
    <Badge textColor={colors.text} backgroundColor={colors.background}>
      {t(`status.${status}`, LABELS[status] ?? status)}
    </Badge>
  );
};
