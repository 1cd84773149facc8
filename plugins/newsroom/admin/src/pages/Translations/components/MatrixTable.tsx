import { Box, Flex, LinkButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Earth } from '@strapi/icons';
import { Link } from 'react-router-dom';

import { ContentManagerLink } from '../../../components/ContentManagerLink';
import { StatusBadge } from '../../../components/StatusBadge';
import { useT } from '../../../hooks/useT';
import { translationEditorPath, type DocumentStatus, type TranslatedType } from '../../../services/translations';

interface MatrixTableProps {
  documents: DocumentStatus[];
  locales: string[];
  type: TranslatedType;
  /** Locales the admin may translate into: their missing and outdated release cells open the translation editor. */
  editableLocales: string[];
}

const NEEDS_WORK = new Set<string>(['missing', 'outdated', 'partial']);

/** Documents down, locales across: the status of every translation, with a way into each one. */
export const MatrixTable = ({ documents, locales, type, editableLocales }: MatrixTableProps) => {
  const t = useT();
  return (
    <Table colCount={locales.length + 1} rowCount={documents.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('translations.document', 'Document (source locale)')}</Typography>
          </Th>
          {locales.map((locale) => (
            <Th key={locale}>
              <Typography variant="sigma">{locale}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {documents.map((document) => (
          <Tr key={document.documentId}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold" ellipsis style={{ maxWidth: 380 }}>
                  {document.label}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {document.sourceLocale}
                </Typography>
              </Flex>
            </Td>
            {locales.map((locale) => {
              const entry = document.locales.find((item) => item.locale === locale);
              if (!entry) {
                return (
                  <Td key={locale}>
                    <Typography variant="pi" textColor="neutral500">
                      {t('translations.source', 'source')}
                    </Typography>
                  </Td>
                );
              }
              return (
                <Td key={locale}>
                  <Flex gap={2} alignItems="center">
                    <StatusBadge status={entry.status} />
                    {entry.status === 'outdated' && (
                      <Typography variant="pi" textColor="neutral600">
                        {entry.changes.map((change) => change.field).join(', ')}
                      </Typography>
                    )}
                    {type === 'release' && NEEDS_WORK.has(entry.status) && editableLocales.includes(locale) && (
                      <LinkButton
                        tag={Link}
                        to={translationEditorPath(document.documentId, locale)}
                        variant="secondary"
                        size="S"
                        startIcon={<Earth />}
                        aria-label={t('translations.translateIn', 'Translate “{label}” into {locale}', {
                          label: document.label,
                          locale,
                        })}
                      >
                        {t('translations.translate', 'Translate')}
                      </LinkButton>
                    )}
                    {entry.status !== 'missing' && (
                      <Box>
                        <VisuallyHidden>{document.label}</VisuallyHidden>
                        <ContentManagerLink uid={document.uid} documentId={document.documentId} locale={locale} />
                      </Box>
                    )}
                  </Flex>
                </Td>
              );
            })}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
