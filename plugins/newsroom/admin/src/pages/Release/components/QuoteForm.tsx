import { Button, Field, Flex, Modal, TextInput, Textarea } from '@strapi/design-system';
import { useState, type ChangeEvent, type ReactNode } from 'react';

import { useT } from '../../../hooks/useT';
import type { ComposerQuote, QuoteInput } from '../../../services/dashboard';

interface QuoteFormProps {
  trigger: ReactNode;
  title: string;
  quote?: ComposerQuote;
  onSubmit: (input: QuoteInput) => Promise<void>;
}

/** Add or edit a quote: the exact words, who said them, in which role, when. */
export const QuoteForm = ({ trigger, title, quote, onSubmit }: QuoteFormProps) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(quote?.text ?? '');
  const [speaker, setSpeaker] = useState(quote?.speaker?.name ?? '');
  const [role, setRole] = useState(quote?.speakerRole ?? '');
  const [saidAt, setSaidAt] = useState(quote?.saidAt?.slice(0, 10) ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await onSubmit({
        text,
        speaker:
          quote?.speaker && quote.speaker.name === speaker
            ? { documentId: quote.speaker.documentId }
            : { name: speaker },
        speakerRole: role || null,
        saidAt: saidAt ? `${saidAt}T12:00:00.000Z` : null,
      });
      setOpen(false);
    } catch {
      // The page shows the server's message; the form stays open to correct it.
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>{trigger}</Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="text" required>
              <Field.Label>{t('quote.text', 'Exact words')}</Field.Label>
              <Textarea
                value={text}
                onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
              />
            </Field.Root>
            <Field.Root
              name="speaker"
              required
              hint={t(
                'quote.speakerHint',
                'An existing person is matched by name, accents ignored; otherwise one is created',
              )}
            >
              <Field.Label>{t('quote.speaker', 'Speaker')}</Field.Label>
              <TextInput
                value={speaker}
                onChange={(event: ChangeEvent<HTMLInputElement>) => setSpeaker(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="speakerRole">
              <Field.Label>{t('quote.role', 'Role when said')}</Field.Label>
              <TextInput
                value={role}
                onChange={(event: ChangeEvent<HTMLInputElement>) => setRole(event.target.value)}
              />
            </Field.Root>
            <Field.Root name="saidAt">
              <Field.Label>{t('quote.saidAt', 'Said on')}</Field.Label>
              <TextInput
                type="date"
                value={saidAt}
                onChange={(event: ChangeEvent<HTMLInputElement>) => setSaidAt(event.target.value)}
              />
            </Field.Root>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('actions.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={submit} loading={busy} disabled={!text.trim() || !speaker.trim()}>
            {t('actions.save', 'Save')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
