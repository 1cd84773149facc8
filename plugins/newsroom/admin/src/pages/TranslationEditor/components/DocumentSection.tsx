import { Box, Flex, Typography } from '@strapi/design-system';

import { StatusBadge } from '../../../components/StatusBadge';
import { useT } from '../../../hooks/useT';
import type { EditorDocument } from '../../../services/translations';
import { FIELD_LABELS } from '../fieldLabels';
import { FieldRow } from './FieldRow';

interface DocumentSectionProps {
  document: EditorDocument;
  heading: string;
  locale: string;
  sourceLocale: string;
  valueOf: (field: string) => string;
  readOnly: boolean;
  onChange: (field: string, value: string) => void;
}

/** A release, quote or deployment: its label and status, then each of its fields source beside target. */
export const DocumentSection = ({ document, heading, locale, sourceLocale, valueOf, readOnly, onChange }: DocumentSectionProps) => {
  const t = useT();
  const titleId = `editor-${document.type}-${document.documentId}`;
  return (
    <Box tag="section" aria-labelledby={titleId} background="neutral0" padding={6} shadow="tableShadow" hasRadius data-document={document.documentId}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} paddingBottom={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="sigma" textColor="neutral600">
            {heading}
          </Typography>
          <Typography id={titleId} variant="delta" tag="h2">
            {document.label}
          </Typography>
        </Flex>
        <StatusBadge status={document.status} />
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={5}>
        {document.fields.map((field) => {
          const [key, fallback] = FIELD_LABELS[`${document.type}.${field.field}`] ?? [`editor.field.${field.field}`, field.field];
          return (
            <FieldRow
              key={field.field}
              name={`${document.type}-${document.documentId}-${field.field}`}
              label={t(key, fallback)}
              field={field}
              locale={locale}
              sourceLocale={sourceLocale}
              value={valueOf(field.field)}
              readOnly={readOnly}
              onChange={(value) => onChange(field.field, value)}
            />
          );
        })}
      </Flex>
    </Box>
  );
};
