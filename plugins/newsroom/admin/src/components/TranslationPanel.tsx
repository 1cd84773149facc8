import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import { UIDS } from '../../../shared/domain';
import { apiErrorMessage, useApi } from '../hooks/useApi';
import { useT } from '../hooks/useT';
import {
  releaseTranslationsUrl,
  useTranslationActions,
  type DocumentStatus,
  type GetReleaseTranslations,
} from '../services/translations';
import { plainText } from './plainText';
import { StatusBadge } from './StatusBadge';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string };
}

const OutdatedChanges = ({
  status,
  locale,
  onReviewed,
}: {
  status: DocumentStatus;
  locale: string;
  onReviewed: () => void;
}) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { review } = useTranslationActions();
  const [busy, setBusy] = useState(false);
  const entry = status.locales.find((item) => item.locale === locale);
  if (!entry || entry.status !== 'outdated') return null;

  const markReviewed = async () => {
    setBusy(true);
    try {
      await review('release', status.documentId, locale);
      toggleNotification({ type: 'success', message: t('panel.reviewed', 'Marked as reviewed') });
      onReviewed();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="sigma">
        {t('panel.changedInSource', 'Changed in the source since this translation')}
      </Typography>
      {entry.changes.map((change) => (
        <Box key={change.field} padding={2} background="neutral100" hasRadius>
          <Typography fontWeight="semiBold">{change.field}</Typography>
          <Grid.Root gap={2}>
            <Grid.Item col={6} direction="column" alignItems="flex-start">
              <Typography variant="pi" textColor="neutral600">
                {t('panel.before', 'Before')}
              </Typography>
              <Typography variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
                {plainText(change.previousSource) || '—'}
              </Typography>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="flex-start">
              <Typography variant="pi" textColor="neutral600">
                {t('panel.now', 'Now')}
              </Typography>
              <Typography variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
                {plainText(change.currentSource) || '—'}
              </Typography>
            </Grid.Item>
          </Grid.Root>
        </Box>
      ))}
      <Button variant="secondary" onClick={markReviewed} loading={busy} fullWidth>
        {t('panel.markReviewed', 'Mark as reviewed')}
      </Button>
    </Flex>
  );
};

const TranslationPanelContent = ({ documentId, locale }: { documentId: string; locale: string | undefined }) => {
  const t = useT();
  const { data, error, isLoading, reload } = useApi<GetReleaseTranslations.Response>(
    releaseTranslationsUrl(documentId),
  );
  if (isLoading && !data) return <Typography variant="pi">{t('panel.loading', 'Loading…')}</Typography>;
  if (error || !data)
    return (
      <Typography variant="pi" textColor="danger600">
        {error}
      </Typography>
    );
  const { release } = data.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {release.locales.map((entry) => (
        <Flex key={entry.locale} justifyContent="space-between">
          <Typography>{entry.locale}</Typography>
          <StatusBadge status={entry.status} />
        </Flex>
      ))}
      {locale && <OutdatedChanges status={release} locale={locale} onReviewed={reload} />}
    </Flex>
  );
};

/** Content manager side panel of a release: its translation status in every locale, and what changed. */
export const TranslationPanel = ({ model, documentId, document }: PanelProps) => {
  const t = useT();
  if (model !== UIDS.release || !documentId) return null;
  return {
    title: t('panel.translations', 'Translations'),
    content: <TranslationPanelContent documentId={documentId} locale={document?.locale} />,
  };
};
