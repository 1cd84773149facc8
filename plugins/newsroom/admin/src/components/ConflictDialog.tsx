import { Button, Dialog, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { useT } from '../hooks/useT';
import type { ConflictChange } from '../utils/api-errors';

interface ConflictDialogProps {
  /** What the server says changed since the release was loaded (empty: not said). */
  changes: ConflictChange[] | null;
  onReload: () => void;
  onClose: () => void;
}

/** Shown when a write answers 409: someone changed the release since it was loaded; nothing was written. */
export const ConflictDialog = ({ changes, onReload, onClose }: ConflictDialogProps) => {
  const t = useT();
  /** A change in the interface's language: "Quote changed (fr, draft) by Ana". */
  const describe = (change: ConflictChange): string => {
    if (typeof change === 'string') return change;
    const what = t('conflict.change', '{part} {kind}', {
      part: t(`conflict.part.${change.part}`, change.part),
      kind: t(`conflict.kind.${change.kind}`, change.kind),
    });
    const where = [change.locale, change.status ? t(`conflict.status.${change.status}`, change.status) : null].filter(Boolean).join(', ');
    return `${what}${where ? ` (${where})` : ''}${change.by ? ` ${t('conflict.by', 'by {name}', { name: change.by })}` : ''}`;
  };
  return (
    <Dialog.Root open={changes !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('conflict.title', 'This release changed')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Typography tag="p">
            {t(
              'conflict.body',
              'Someone changed this release since you opened it, so your change was not saved. Reload to see the current version, then make your change again.',
            )}
          </Typography>
          {changes && changes.length > 0 && (
            <ul data-testid="conflict-changes">
              {changes.map((change, index) => (
                <li key={index}>
                  <Typography variant="pi">{describe(change)}</Typography>
                </li>
              ))}
            </ul>
          )}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('actions.close', 'Close')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth onClick={onReload}>
            {t('conflict.reload', 'Reload the release')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
