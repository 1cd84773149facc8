import { Box, Button, Modal } from '@strapi/design-system';
import { useState, type ReactNode } from 'react';

import { useT } from '../hooks/useT';

interface FormModalProps {
  trigger: ReactNode;
  title: string;
  /** The locale of the content edited: the form's fields are in that language (`lang`). */
  contentLocale?: string;
  /** The Save button is disabled while this is false. */
  canSave: boolean;
  /** Called each time the modal opens: forms load the values shown now (the locale on screen). */
  onOpen?: () => void;
  /** Closes the modal when it resolves; when it rejects the page shows why and the form stays open. */
  onSave: () => Promise<void>;
  children: ReactNode;
}

/** A modal form with Cancel and Save, busy while saving. */
export const FormModal = ({ trigger, title, contentLocale, canSave, onOpen, onSave, children }: FormModalProps) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await onSave();
      setOpen(false);
    } catch {
      // The page shows the server's message; the form stays open to correct it.
    } finally {
      setBusy(false);
    }
  };

  const openChange = (next: boolean) => {
    if (next) onOpen?.();
    setOpen(next);
  };

  return (
    <Modal.Root open={open} onOpenChange={openChange}>
      <Modal.Trigger>{trigger}</Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Box lang={contentLocale}>{children}</Box>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('actions.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={save} loading={busy} disabled={!canSave}>
            {t('actions.save', 'Save')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
