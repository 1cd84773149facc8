import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { Link } from 'react-router-dom';

import type { GetComposerRelease } from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import { useApi } from '../hooks/useApi';
import { useT } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string };
}

const ComposerSummary = ({ documentId, locale }: { documentId: string; locale: string | undefined }) => {
  const t = useT();
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
  const { data, error } = useApi<GetComposerRelease.Response>(`/${PLUGIN_ID}/releases/${documentId}${query}`);
  const release = data?.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {error && (
        <Typography variant="pi" textColor="danger600">
          {error}
        </Typography>
      )}
      {release && (
        <>
          <Typography variant="sigma">
            {t('panel.quotes', 'Quotes ({count})', { count: release.quotes.length })}
          </Typography>
          {release.quotes.map((quote) => (
            <Typography key={quote.documentId} variant="pi" ellipsis>
              {quote.speaker?.name ?? '—'}: “{quote.text}”
            </Typography>
          ))}
          <Typography variant="sigma">
            {t('panel.deployments', 'Deployments ({count})', { count: release.deployments.length })}
          </Typography>
          {release.deployments.map((deployment) => (
            <Typography key={deployment.documentId} variant="pi" ellipsis>
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
