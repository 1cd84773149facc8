import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import { useErrorMessage } from '../../../hooks/useErrorMessage';
import { useT } from '../../../hooks/useT';
import { saveFile, useExportXliffMutation, type ExportSummary } from '../../../services/translations';

type ExportStatus = 'missing' | 'outdated' | 'current';

/**
 * Exports the releases the page shows (its locale and status filters; without a status, those
 * missing or outdated) as one XLIFF file, then says what the file holds and what was left out.
 */
export const ExportControls = ({ locale, status }: { locale: string | undefined; status: ExportStatus | undefined }) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const formatAPIError = useErrorMessage();
  const [exportXliff, { isLoading }] = useExportXliffMutation();
  const [version, setVersion] = useState('1.2');
  const [summary, setSummary] = useState<ExportSummary | null>(null);

  const run = async () => {
    if (!locale) return;
    setSummary(null);
    const result = await exportXliff({
      locale,
      version,
      status: status ?? 'missing-or-outdated',
      onlyChanged: status !== 'current',
    });
    if ('error' in result) {
      toggleNotification({ type: 'warning', message: formatAPIError(result.error) });
      return;
    }
    const { xliff, ...rest } = result.data;
    saveFile(xliff, rest.fileName);
    setSummary(rest);
  };

  const label = status
    ? t(`translations.export.${status}`, `Export ${status} ({locale})`, { locale: locale ?? '' })
    : t('translations.exportLocale', 'Export missing & outdated ({locale})', { locale: locale ?? '' });

  return (
    <Flex direction="column" alignItems="flex-end" gap={2}>
      <Flex gap={2} alignItems="flex-end">
        <Field.Root name="version">
          <Field.Label>{t('translations.version', 'XLIFF version')}</Field.Label>
          <SingleSelect value={version} onChange={(value: string | number) => setVersion(String(value))} size="S">
            <SingleSelectOption value="1.2">1.2 (Trados, Phrase, Lokalise)</SingleSelectOption>
            <SingleSelectOption value="2.0">2.0</SingleSelectOption>
            <SingleSelectOption value="2.1">2.1 (memoQ, Crowdin)</SingleSelectOption>
          </SingleSelect>
        </Field.Root>
        <Button startIcon={<Download />} onClick={run} loading={isLoading} disabled={!locale}>
          {locale ? label : t('translations.exportPickLocale', 'Pick a locale to export')}
        </Button>
      </Flex>
      {summary && (
        <Box role="status" padding={2} background="success100" hasRadius data-testid="export-summary">
          <Typography variant="pi">
            {t('translations.export.done', 'Downloaded {fileName}: {releases, plural, one {# release} other {# releases}}, {units, plural, one {# unit} other {# units}}', {
              fileName: summary.fileName,
              releases: summary.releases,
              units: summary.units,
            })}
          </Typography>
          {summary.skipped.map((item) => (
            <Typography key={item.documentId} variant="pi" tag="p" textColor="warning700">
              {t('translations.export.skipped', 'Skipped “{label}”: no version in the source locale ({sourceLocale})', {
                label: item.label ?? item.documentId,
                sourceLocale: item.sourceLocale,
              })}
            </Typography>
          ))}
        </Box>
      )}
    </Flex>
  );
};
