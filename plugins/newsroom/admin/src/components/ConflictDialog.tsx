import { Button, Dialog, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { useT } from '../hooks/useT';

interface ConflictDialogProps {
  /** What the server says changed since the release was loaded (empty: not said). */
  changes: string[] | null;
  onReload: () => void;
  onClose: () => void;
}

/** Shown when a write answers 409: someone changed the release since it was loaded; nothing was written. */
export const ConflictDialog = ({ changes, onReload, onClose }: ConflictDialogProps) => {
  const t = useT();
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
              {changes.map((change) => (
                <li key={change}>
                  <Typography variant="pi">{change}</Typography>
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
