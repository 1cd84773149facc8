import { Field, Flex, TextInput, Textarea } from '@strapi/design-system';
import { useState, type ChangeEvent, type ReactNode } from 'react';

import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useT } from '../../../hooks/useT';
import type { ComposerQuote, QuoteInput } from '../../../services/releases';

interface QuoteFormProps {
  trigger: ReactNode;
  /** Names the quote and the locale edited, e.g. "Edit quote 2 — French (fr)". */
  title: string;
  locale: string;
  quote?: ComposerQuote;
  onSubmit: (input: QuoteInput) => Promise<void>;
}

const valuesOf = (quote: ComposerQuote | undefined) => ({
  text: quote?.text ?? '',
  speaker: quote?.speaker?.name ?? '',
  role: quote?.speakerRole ?? '',
  saidAt: quote?.saidAt?.slice(0, 10) ?? '',
});

/** Add or edit a quote in one locale: the exact words, who said them, in which role, when. */
export const QuoteForm = ({ trigger, title, locale, quote, onSubmit }: QuoteFormProps) => {
  const t = useT();
  const [values, setValues] = useState(() => valuesOf(quote));
  const set = (patch: Partial<typeof values>) => setValues((previous) => ({ ...previous, ...patch }));

  const submit = () =>
    onSubmit({
      text: values.text,
      speaker:
        quote?.speaker && quote.speaker.name === values.speaker
          ? { documentId: quote.speaker.documentId }
          : { name: values.speaker },
      speakerRole: values.role || null,
      saidAt: values.saidAt ? `${values.saidAt}T12:00:00.000Z` : null,
    });

  return (
    <FormModal
      trigger={trigger}
      title={title}
      contentLocale={locale}
      canSave={Boolean(values.text.trim() && values.speaker.trim())}
      onOpen={() => setValues(valuesOf(quote))}
      onSave={submit}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Field.Root name="text" required>
          <Field.Label>{t('quote.text', 'Exact words')}</Field.Label>
          <Textarea
            value={values.text}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => set({ text: event.target.value })}
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
            value={values.speaker}
            onChange={(event: ChangeEvent<HTMLInputElement>) => set({ speaker: event.target.value })}
          />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="speakerRole">
          <Field.Label>{t('quote.role', 'Role when said')}</Field.Label>
          <TextInput
            value={values.role}
            onChange={(event: ChangeEvent<HTMLInputElement>) => set({ role: event.target.value })}
          />
        </Field.Root>
        <DateField
          name="saidAt"
          label={t('quote.saidAt', 'Said on')}
          value={values.saidAt}
          clearLabel={t('actions.clear', 'Clear')}
          onChange={(saidAt) => set({ saidAt })}
        />
      </Flex>
    </FormModal>
  );
};
