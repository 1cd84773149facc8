import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { Link } from 'react-router-dom';

import { UIDS } from '../../../shared/domain';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';
import { useNewsroomGetComposerReleaseQuery } from '../services/releases';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string };
}

const ComposerSummary = ({ documentId, locale }: { documentId: string; locale: string | undefined }) => {
  const t = useT();
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
  const errorMessage = useErrorMessage();
  const { data: release, error } = useNewsroomGetComposerReleaseQuery({ documentId, locale });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {error && (
        <Typography variant="pi" textColor="danger600">
          {errorMessage(error)}
        </Typography>
      )}
      {release && (
        <>
          <Typography variant="sigma">
            {t('panel.quotes', 'Quotes ({count})', { count: release.quotes.length })}
          </Typography>
          {release.quotes.map((quote) => (
            <Typography key={quote.documentId} variant="pi" ellipsis lang={release.locale}>
              {quote.speaker?.name ?? '—'}: “{quote.text}”
            </Typography>
          ))}
          <Typography variant="sigma">
            {t('panel.deployments', 'Deployments ({count})', { count: release.deployments.length })}
          </Typography>
          {release.deployments.map((deployment) => (
            <Typography key={deployment.documentId} variant="pi" ellipsis lang={release.locale}>
              {deployment.mission} · {deployment.contributingNationName ?? '—'} · {deployment.personnelText}
            </Typography>
          ))}
        </>
      )}
      <LinkButton
        tag={Link}
        to={`/plugins/${PLUGIN_ID}/releases/${documentId}${query}`}
        variant="secondary"
        endIcon={<ArrowRight />}
        fullWidth
      >
        {t('panel.openReleaseView', 'Open the release view')}
      </LinkButton>
    </Flex>
  );
};

/** Content manager side panel of a release: its quotes and deployments, and a way to the release view. */
export const ReleaseComposerPanel = ({ model, documentId, document }: PanelProps) => {
  const t = useT();
  if (model !== UIDS.release || !documentId) return null;
  return {
    title: t('panel.newsroom', 'Newsroom'),
    content: <ComposerSummary documentId={documentId} locale={document?.locale} />,
  };
};
