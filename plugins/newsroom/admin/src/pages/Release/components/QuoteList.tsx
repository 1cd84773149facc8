import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash } from '@strapi/icons';

import { SectionHeader } from '../../../components/SectionHeader';
import { useT } from '../../../hooks/useT';
import type { ComposerQuote, QuoteInput } from '../../../services/dashboard';
import { QuoteForm } from './QuoteForm';

interface QuoteListProps {
  quotes: ComposerQuote[];
  onAdd: (input: QuoteInput) => Promise<void>;
  onEdit: (quoteId: string, input: QuoteInput) => Promise<void>;
  onRemove: (quoteId: string) => Promise<void>;
  onReorder: (documentIds: string[]) => Promise<void>;
}

const move = (ids: string[], from: number, to: number) => {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** The release's quotes in order: who said what, in which role; add, edit, move and remove them. */
export const QuoteList = ({ quotes, onAdd, onEdit, onRemove, onReorder }: QuoteListProps) => {
  const t = useT();
  const ids = quotes.map((quote) => quote.documentId);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={t('release.quotes', 'Quotes')}>
      <SectionHeader
        title={t('release.quotes', 'Quotes')}
        count={quotes.length}
        action={
          <QuoteForm
            title={t('release.addQuote', 'Add a quote')}
            trigger={
              <Button variant="secondary" size="S" startIcon={<Plus />}>
                {t('release.addQuote', 'Add a quote')}
              </Button>
            }
            onSubmit={onAdd}
          />
        }
      />
      {quotes.length === 0 && <Typography textColor="neutral600">{t('release.noQuotes', 'No quote yet.')}</Typography>}
      {quotes.map((quote, index) => (
        <Box key={quote.documentId} padding={3} background="neutral100" hasRadius data-testid="quote">
          <Typography tag="p" style={{ fontStyle: 'italic' }}>
            “{quote.text}”
          </Typography>
          <Flex justifyContent="space-between" paddingTop={2}>
            <Typography variant="pi" fontWeight="semiBold">
              {quote.speaker?.name ?? t('release.noSpeaker', 'No speaker')}
              {quote.speakerRole ? `, ${quote.speakerRole}` : ''}
            </Typography>
            <Flex gap={1}>
              <IconButton
                label={t('actions.moveUp', 'Move up')}
                disabled={index === 0}
                onClick={() => onReorder(move(ids, index, index - 1))}
              >
                <ArrowUp />
              </IconButton>
              <IconButton
                label={t('actions.moveDown', 'Move down')}
                disabled={index === quotes.length - 1}
                onClick={() => onReorder(move(ids, index, index + 1))}
              >
                <ArrowDown />
              </IconButton>
              <QuoteForm
                title={t('release.editQuote', 'Edit the quote')}
                quote={quote}
                trigger={
                  <IconButton label={t('actions.edit', 'Edit')}>
                    <Pencil />
                  </IconButton>
                }
                onSubmit={(input) => onEdit(quote.documentId, input)}
              />
              <IconButton label={t('actions.remove', 'Remove')} onClick={() => onRemove(quote.documentId)}>
                <Trash />
              </IconButton>
            </Flex>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
