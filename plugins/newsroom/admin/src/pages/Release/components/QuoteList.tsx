import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash } from '@strapi/icons';

import { ConfirmAction } from '../../../components/ConfirmAction';
import { SectionHeader } from '../../../components/SectionHeader';
import { useT } from '../../../hooks/useT';
import type { ComposerQuote, QuoteInput } from '../../../services/releases';
import { QuoteForm } from './QuoteForm';

interface QuoteListProps {
  quotes: ComposerQuote[];
  /** The locale shown and edited, and its name for titles ("French (fr)"). */
  locale: string;
  localeLabel: string;
  canCompose: boolean;
  onAdd: (input: QuoteInput) => Promise<void>;
  onEdit: (quoteId: string, input: QuoteInput) => Promise<void>;
  onRemove: (quoteId: string) => Promise<void>;
  onReorder: (documentIds: string[]) => Promise<void>;
}

export const move = (ids: string[], from: number, to: number) => {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** The release's quotes in order: who said what, in which role; add, edit, move and remove them. */
export const QuoteList = (props: QuoteListProps) => {
  const { quotes, locale, localeLabel, canCompose, onAdd, onEdit, onRemove, onReorder } = props;
  const t = useT();
  const ids = quotes.map((quote) => quote.documentId);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={t('release.quotes', 'Quotes')}>
      <SectionHeader
        title={t('release.quotes', 'Quotes')}
        count={quotes.length}
        action={
          canCompose && (
            <QuoteForm
              title={t('release.addQuoteIn', 'Add a quote — {locale}', { locale: localeLabel })}
              locale={locale}
              trigger={
                <Button variant="secondary" size="S" startIcon={<Plus />}>
                  {t('release.addQuote', 'Add a quote')}
                </Button>
              }
              onSubmit={onAdd}
            />
          )
        }
      />
      {quotes.length === 0 && <Typography textColor="neutral600">{t('release.noQuotes', 'No quote yet.')}</Typography>}
      {quotes.map((quote, index) => {
        const number = index + 1;
        return (
          <Box key={quote.documentId} padding={3} background="neutral100" hasRadius data-testid="quote">
            <Typography tag="p" lang={locale} style={{ fontStyle: 'italic' }}>
              “{quote.text}”
            </Typography>
            <Flex justifyContent="space-between" paddingTop={2}>
              <Typography variant="pi" fontWeight="semiBold" lang={locale}>
                {quote.speaker?.name ?? t('release.noSpeaker', 'No speaker')}
                {quote.speakerRole ? `, ${quote.speakerRole}` : ''}
              </Typography>
              {canCompose && (
                <Flex gap={1}>
                  <IconButton
                    label={t('actions.moveQuoteUp', 'Move quote {number} up', { number })}
                    disabled={index === 0}
                    tabIndex={index === 0 ? -1 : undefined}
                    onClick={() => onReorder(move(ids, index, index - 1))}
                  >
                    <ArrowUp />
                  </IconButton>
                  <IconButton
                    label={t('actions.moveQuoteDown', 'Move quote {number} down', { number })}
                    disabled={index === quotes.length - 1}
                    tabIndex={index === quotes.length - 1 ? -1 : undefined}
                    onClick={() => onReorder(move(ids, index, index + 1))}
                  >
                    <ArrowDown />
                  </IconButton>
                  <QuoteForm
                    title={t('release.editQuoteIn', 'Edit quote {number} — {locale}', { number, locale: localeLabel })}
                    locale={locale}
                    quote={quote}
                    trigger={
                      <IconButton label={t('actions.editQuote', 'Edit quote {number}', { number })}>
                        <Pencil />
                      </IconButton>
                    }
                    onSubmit={(input) => onEdit(quote.documentId, input)}
                  />
                  <ConfirmAction
                    title={t('release.removeQuoteTitle', 'Remove quote {number}?', { number })}
                    body={t(
                      'release.removeQuoteBody',
                      'The quote by {speaker} is deleted from the {locale} version of this release.',
                      { speaker: quote.speaker?.name ?? '—', locale: localeLabel },
                    )}
                    confirmLabel={t('actions.remove', 'Remove')}
                    trigger={
                      <IconButton label={t('actions.removeQuote', 'Remove quote {number}', { number })}>
                        <Trash />
                      </IconButton>
                    }
                    onConfirm={() => onRemove(quote.documentId)}
                  />
                </Flex>
              )}
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
