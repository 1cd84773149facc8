import { Box, Button, Flex, Grid, Link as DSLink, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { UIDS } from '../../../shared/domain';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { useTranslationAccess } from '../hooks/useTranslationAccess';
import {
  translationEditorPath,
  useGetReleaseTranslationsQuery,
  useReviewTranslationMutation,
  type DocumentStatus,
} from '../services/translations';
import { plainText } from './plainText';
import { StatusBadge } from './StatusBadge';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string };
}

const OutdatedChanges = ({ status, locale, canReview }: { status: DocumentStatus; locale: string; canReview: boolean }) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const formatAPIError = useErrorMessage();
  const [review, { isLoading: busy }] = useReviewTranslationMutation();
  const entry = status.locales.find((item) => item.locale === locale);
  if (!entry || entry.status !== 'outdated') return null;

  const markReviewed = async () => {
    const result = await review({ type: 'release', documentId: status.documentId, locale, releaseId: status.documentId });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    toggleNotification({ type: 'success', message: t('panel.reviewed', 'Marked as reviewed') });
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
      {canReview && (
        <Button variant="secondary" onClick={markReviewed} loading={busy} fullWidth>
          {t('panel.markReviewed', 'Mark as reviewed')}
        </Button>
      )}
    </Flex>
  );
};

const TranslationPanelContent = ({ documentId, locale }: { documentId: string; locale: string | undefined }) => {
  const t = useT();
  const formatAPIError = useErrorMessage();
  const { data, error, isLoading } = useGetReleaseTranslationsQuery(documentId);
  const access = useTranslationAccess(data?.release.locales.map((entry) => entry.locale) ?? []);
  if (isLoading && !data) return <Typography variant="pi">{t('panel.loading', 'Loading…')}</Typography>;
  if (error || !data)
    return (
      <Typography variant="pi" textColor="danger600">
        {error ? formatAPIError(error) : null}
      </Typography>
    );
  const { release } = data;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {release.locales.map((entry) => (
        <Flex key={entry.locale} justifyContent="space-between">
          {access.editableLocales.includes(entry.locale) ? (
            <DSLink
              tag={Link}
              to={translationEditorPath(documentId, entry.locale)}
              aria-label={t('panel.openEditor', 'Translate into {locale} in the translation editor', { locale: entry.locale })}
            >
              {entry.locale}
            </DSLink>
          ) : (
            <Typography>{entry.locale}</Typography>
          )}
          <StatusBadge status={entry.status} />
        </Flex>
      ))}
      {locale && <OutdatedChanges status={release} locale={locale} canReview={access.canTranslate && access.editableLocales.includes(locale)} />}
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
