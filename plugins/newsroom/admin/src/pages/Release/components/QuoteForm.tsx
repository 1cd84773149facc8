import { Field, Flex, TextInput, Textarea } from '@strapi/design-system';
import { useState, type ChangeEvent, type ReactNode } from 'react';

import { FormModal } from '../../../components/FormModal';
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
  const [text, setText] = useState(quote?.text ?? '');
  const [speaker, setSpeaker] = useState(quote?.speaker?.name ?? '');
  const [role, setRole] = useState(quote?.speakerRole ?? '');
  const [saidAt, setSaidAt] = useState(quote?.saidAt?.slice(0, 10) ?? '');

  const submit = () =>
    onSubmit({
      text,
      speaker:
        quote?.speaker && quote.speaker.name === speaker ? { documentId: quote.speaker.documentId } : { name: speaker },
      speakerRole: role || null,
      saidAt: saidAt ? `${saidAt}T12:00:00.000Z` : null,
    });

  return (
    <FormModal trigger={trigger} title={title} canSave={Boolean(text.trim() && speaker.trim())} onSave={submit}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Field.Root name="text" required>
          <Field.Label>{t('quote.text', 'Exact words')}</Field.Label>
          <Textarea value={text} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} />
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
          <TextInput value={role} onChange={(event: ChangeEvent<HTMLInputElement>) => setRole(event.target.value)} />
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
    </FormModal>
  );
};
