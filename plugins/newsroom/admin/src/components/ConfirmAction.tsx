import { Button, Dialog, type ButtonProps } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useState, type ReactElement, type ReactNode } from 'react';

import { useT } from '../hooks/useT';

interface ConfirmActionProps {
  /** The button that opens the confirmation (rendered as the dialog's trigger). */
  trigger: ReactElement;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  variant?: ButtonProps['variant'];
  /** Runs while the confirm button shows progress; the dialog closes when it resolves, stays open when it rejects. */
  onConfirm: () => Promise<unknown>;
}

/** Asks before an action (remove, publish, unpublish) as the content manager does, busy while it runs. */
export const ConfirmAction = ({ trigger, title, body, confirmLabel, variant = 'danger-light', onConfirm }: ConfirmActionProps) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      setOpen(false);
    } catch {
      // The page shows why; the dialog stays open to try again or cancel.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog.Root open={open} onOpenChange={(next: boolean) => !busy && setOpen(next)}>
      <Dialog.Trigger>{trigger}</Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>{body}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={busy}>
              {t('actions.cancel', 'Cancel')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant={variant} loading={busy} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
