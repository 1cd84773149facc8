import { Box, Field, Flex, Grid, IconButton, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { ChangeEvent } from 'react';

import { SectionHeader } from '../../../components/SectionHeader';
import { useT } from '../../../hooks/useT';
import { UncertainMark } from './UncertainMark';

export interface EditableQuote {
  text: string;
  speakerName: string;
  speakerRole: string;
  personDocumentId: string | null;
  matchedName: string | null;
  /** Taken from "he added", "the Minister said" or the quote before: the editor checks these first. */
  uncertain: Array<'speakerName' | 'speakerRole'>;
}

interface QuoteProposalsProps {
  quotes: EditableQuote[];
  onChange: (quotes: EditableQuote[]) => void;
}

/** The quotations found in the text: correct the words, the speaker or the role, or drop one. */
export const QuoteProposals = ({ quotes, onChange }: QuoteProposalsProps) => {
  const t = useT();
  const update = (index: number, patch: Partial<EditableQuote>) =>
    onChange(quotes.map((quote, i) => (i === index ? { ...quote, ...patch } : quote)));
  return (
    <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={t('import.quotes', 'Quotes')}>
      <SectionHeader title={t('import.quotes', 'Quotes')} count={quotes.length} />
      {quotes.map((quote, index) => (
        <Box key={index} padding={3} background="neutral100" hasRadius data-testid="proposed-quote">
          <Grid.Root gap={3}>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Field.Root name={`quotes.${index}.text`}>
                <Field.Label>{t('quote.text', 'Exact words')}</Field.Label>
                <Textarea
                  value={quote.text}
                  onChange={(event: ChangeEvent<HTMLTextAreaElement>) => update(index, { text: event.target.value })}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={5} direction="column" alignItems="stretch">
              <Field.Root
                name={`quotes.${index}.speakerName`}
                hint={[
                  quote.uncertain.includes('speakerName') ? t('import.uncertain', 'Check: inferred') : null,
                  quote.matchedName
                    ? t('import.matched', 'Matches {name}', { name: quote.matchedName })
                    : t('import.newPerson', 'New person'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              >
                <Field.Label>
                  {t('quote.speaker', 'Speaker')}
                  {quote.uncertain.includes('speakerName') && <UncertainMark />}
                </Field.Label>
                <TextInput
                  value={quote.speakerName}
                  onChange={(event: ChangeEvent<HTMLInputElement>) =>
                    update(index, {
                      speakerName: event.target.value,
                      personDocumentId: null,
                      matchedName: null,
                      uncertain: quote.uncertain.filter((field) => field !== 'speakerName'),
                    })
                  }
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Field.Root name={`quotes.${index}.speakerRole`}>
                <Field.Label>
                  {t('quote.role', 'Role when said')}
                  {quote.uncertain.includes('speakerRole') && <UncertainMark />}
                </Field.Label>
                <TextInput
                  value={quote.speakerRole}
                  onChange={(event: ChangeEvent<HTMLInputElement>) =>
                    update(index, {
                      speakerRole: event.target.value,
                      uncertain: quote.uncertain.filter((field) => field !== 'speakerRole'),
                    })
                  }
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
              <IconButton
                label={t('import.dropQuote', 'Drop this quote')}
                onClick={() => onChange(quotes.filter((_, i) => i !== index))}
              >
                <Trash />
              </IconButton>
            </Grid.Item>
          </Grid.Root>
        </Box>
      ))}
    </Flex>
  );
};
