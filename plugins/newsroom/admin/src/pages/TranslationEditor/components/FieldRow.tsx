import { Box, Field, Flex, Grid, Textarea, TextInput, Typography } from '@strapi/design-system';

import { plainText } from '../../../components/plainText';
import { useT } from '../../../hooks/useT';
import type { EditorField } from '../../../services/translations';
import { losesFormatting } from '../richTextDraft';

interface FieldRowProps {
  name: string;
  label: string;
  field: EditorField;
  locale: string;
  sourceLocale: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}

/** One field: the source (and, when it changed since the translation, the old source) beside the target. */
export const FieldRow = ({ name, label, field, locale, sourceLocale, value, readOnly, onChange }: FieldRowProps) => {
  const t = useT();
  const targetLabel = t('editor.targetLabel', '{field} ({locale})', { field: label, locale });
  return (
    <Grid.Root gap={4} data-field={name} data-changed={field.changed ? 'true' : 'false'}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Typography variant="sigma" textColor="neutral600">
          {t('editor.sourceLabel', '{field} ({locale})', { field: label, locale: sourceLocale })}
        </Typography>
        {field.changed ? (
          <Box padding={3} marginTop={1} background="warning100" hasRadius borderColor="warning200">
            <Typography variant="pi" fontWeight="bold" textColor="warning700">
              {t('editor.changedSince', 'Changed since the last translation')}
            </Typography>
            <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
              <Box>
                <Typography variant="pi" textColor="neutral600">
                  {t('panel.before', 'Before')}
                </Typography>
                <Typography tag="p" textColor="neutral600" style={{ whiteSpace: 'pre-wrap', textDecoration: 'line-through' }}>
                  {plainText(field.previousSource) || '—'}
                </Typography>
              </Box>
              <Box>
                <Typography variant="pi" textColor="neutral600">
                  {t('panel.now', 'Now')}
                </Typography>
                <Typography tag="p" fontWeight="semiBold" style={{ whiteSpace: 'pre-wrap' }} data-role="current-source">
                  {plainText(field.source) || '—'}
                </Typography>
              </Box>
            </Flex>
          </Box>
        ) : (
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
            {plainText(field.source) || '—'}
          </Typography>
        )}
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root
          name={name}
          hint={
            field.kind !== 'blocks'
              ? undefined
              : losesFormatting(value, field.target ?? field.source)
                ? t('editor.blocksFormattingHint', 'Changed paragraphs are saved as plain text: their links and bold are not kept (XLIFF keeps them)')
                : t('editor.blocksHint', 'One paragraph per block, a blank line between')
          }
        >
          <Field.Label>{targetLabel}</Field.Label>
          {field.kind === 'string' ? (
            <TextInput value={value} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
          ) : (
            <Textarea value={value} disabled={readOnly} rows={field.kind === 'blocks' ? 10 : 4} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
          )}
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
    </Grid.Root>
  );
};
