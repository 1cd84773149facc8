import { Button, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import { apiErrorMessage } from '../../../hooks/useApi';
import { useT } from '../../../hooks/useT';
import { useTranslationActions } from '../../../services/translations';

/** Export every release missing or outdated in a locale as one XLIFF file. */
export const ExportControls = ({ locale }: { locale: string | undefined }) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { exportMany } = useTranslationActions();
  const [version, setVersion] = useState('1.2');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!locale) return;
    setBusy(true);
    try {
      await exportMany(locale, version, 'missing-or-outdated');
    } catch (error) {
      toggleNotification({ type: 'warning', message: apiErrorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex gap={2} alignItems="flex-end">
      <Field.Root name="version">
        <Field.Label>{t('translations.version', 'XLIFF version')}</Field.Label>
        <SingleSelect value={version} onChange={(value: string | number) => setVersion(String(value))} size="S">
          <SingleSelectOption value="1.2">1.2 (Trados, Phrase, Lokalise)</SingleSelectOption>
          <SingleSelectOption value="2.0">2.0</SingleSelectOption>
          <SingleSelectOption value="2.1">2.1 (memoQ, Crowdin)</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      <Button startIcon={<Download />} onClick={run} loading={busy} disabled={!locale}>
        {locale
          ? t('translations.exportLocale', 'Export missing & outdated ({locale})', { locale })
          : t('translations.exportPickLocale', 'Pick a locale to export')}
      </Button>
    </Flex>
  );
};
