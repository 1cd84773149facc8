import {
  Box,
  Button,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useState, type ChangeEvent } from 'react';

import { useErrorMessage } from '../../../hooks/useErrorMessage';
import { useT } from '../../../hooks/useT';
import { useImportXliffMutation, type ImportReport } from '../../../services/translations';

interface ImportXliffModalProps {
  locales: string[];
  defaultLocale?: string;
}

const RESULT_LABELS: Record<string, string> = {
  applied: 'Applied',
  unchanged: 'Unchanged',
  'source-changed': 'Applied, source changed since export (still outdated)',
  'unknown-id': 'Unknown id',
  'empty-target': 'Empty target',
};

/** Upload a translated XLIFF file into a locale's drafts, then read what happened to each unit. */
export const ImportXliffModal = ({ locales, defaultLocale }: ImportXliffModalProps) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const formatAPIError = useErrorMessage();
  const [importXliff, { isLoading: busy }] = useImportXliffMutation();
  const [open, setOpen] = useState(false);
  const [locale, setLocale] = useState(defaultLocale ?? locales[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const submit = async () => {
    if (!file) return;
    const result = await importXliff({ locale, xliff: await file.text() });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    setReport(result.data);
  };

  return (
    <Modal.Root
      open={open}
      onOpenChange={(value: boolean) => {
        setOpen(value);
        if (!value) setReport(null);
      }}
    >
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Upload />}>
          {t('translations.import', 'Import XLIFF')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('translations.import.title', 'Import a translated XLIFF file')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {report ? (
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography>
                {t(
                  'translations.import.summary',
                  '{applied} applied, {unchanged} unchanged, {confirmed} confirmed, {changed} with a changed source, {untranslated} skipped as untranslated, {unknown} unknown, {empty} empty',
                  {
                    applied: report.counts.applied,
                    unchanged: report.counts.unchanged,
                    confirmed: report.counts.confirmed,
                    untranslated: report.counts.untranslated,
                    changed: report.counts['source-changed'],
                    unknown: report.counts['unknown-id'],
                    empty: report.counts['empty-target'],
                  },
                )}
              </Typography>
              <Table colCount={3} rowCount={report.units.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{t('translations.import.field', 'Field')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('translations.import.document', 'Document')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('translations.import.result', 'Result')}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {report.units.map((unit) => (
                    <Tr key={unit.id}>
                      <Td>
                        <Typography>{unit.field ?? unit.id}</Typography>
                      </Td>
                      <Td>
                        <Typography variant="pi">
                          {unit.uid ? `${unit.uid.split('.').pop()} ${unit.documentId}` : '—'}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography>
                          {t(`translations.result.${unit.result}`, RESULT_LABELS[unit.result] ?? unit.result)}
                        </Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Flex>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root name="locale">
                <Field.Label>{t('translations.locale', 'Locale')}</Field.Label>
                <SingleSelect value={locale} onChange={(value: string | number) => setLocale(String(value))}>
                  {locales.map((code) => (
                    <SingleSelectOption key={code} value={code}>
                      {code}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Field.Root
                name="file"
                hint={t(
                  'translations.import.hint',
                  'XLIFF 1.2, 2.0 or 2.1, as exported here and translated in your CAT tool',
                )}
              >
                <Field.Label>{t('translations.import.file', 'File')}</Field.Label>
                <Box>
                  <input
                    type="file"
                    accept=".xlf,.xliff,.xml"
                    aria-label={t('translations.import.file', 'File')}
                    onChange={(event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null)}
                  />
                </Box>
                <Field.Hint />
              </Field.Root>
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('actions.close', 'Close')}</Button>
          </Modal.Close>
          {!report && (
            <Button onClick={submit} loading={busy} disabled={!file}>
              {t('translations.import.submit', 'Import into drafts')}
            </Button>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
