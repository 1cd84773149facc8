import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';

import { ContentManagerLink } from '../../components/ContentManagerLink';
import { StatusBadge } from '../../components/StatusBadge';
import { UIDS } from '../../../../shared/domain';
import { apiErrorMessage, useApi } from '../../hooks/useApi';
import { useT } from '../../hooks/useT';
import {
  composerUrl,
  useComposerActions,
  type ComposerRelease,
  type GetComposerRelease,
} from '../../services/dashboard';
import { BodyPreview } from './components/BodyPreview';
import { DeploymentList } from './components/DeploymentList';
import { QuoteList } from './components/QuoteList';

/** One release in one locale: its body beside its quotes and deployments, edited in place, published per locale. */
export const ReleasePage = () => {
  const t = useT();
  const { documentId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const locale = searchParams.get('locale') ?? undefined;
  const { toggleNotification } = useNotification();
  const { data, error, isLoading } = useApi<GetComposerRelease.Response>(composerUrl(documentId, locale));
  const [release, setRelease] = useState<ComposerRelease | undefined>();
  useEffect(() => setRelease(data?.data), [data]);
  const actions = useComposerActions(documentId, release?.locale ?? locale ?? '');

  /** Runs a change; the server answers the whole release after it. */
  const change = (message: string) => async (work: Promise<GetComposerRelease.Response>) => {
    try {
      setRelease((await work).data);
      toggleNotification({ type: 'success', message });
    } catch (failure) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(failure) });
      throw failure;
    }
  };
  const saved = change(t('release.saved', 'Saved'));

  if (isLoading && !release) return <Page.Loading />;
  if (error || !release) {
    return (
      <Page.Main>
        <Layouts.Header title={t('release.notFound', 'Release not available')} subtitle={error} />
      </Page.Main>
    );
  }

  const state = release.locales.find((entry) => entry.locale === release.locale);
  const published = state?.publication === 'published' || state?.publication === 'modified';

  return (
    <Page.Main>
      <Page.Title>{release.title}</Page.Title>
      <Layouts.Header
        title={release.title}
        subtitle={[release.place, release.issuedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
        primaryAction={
          <Flex gap={2}>
            {published && (
              <Button
                variant="tertiary"
                onClick={() =>
                  change(t('release.unpublished', 'Unpublished'))(actions.unpublish()).catch(() => undefined)
                }
              >
                {t('release.unpublish', 'Unpublish')} ({release.locale})
              </Button>
            )}
            <Button
              onClick={() => change(t('release.published', 'Published'))(actions.publish()).catch(() => undefined)}
            >
              {state?.publication === 'published'
                ? t('release.republish', 'Publish again')
                : t('release.publish', 'Publish')}{' '}
              ({release.locale})
            </Button>
          </Flex>
        }
      />
      <Layouts.Action
        startActions={
          <Flex gap={3} alignItems="flex-end">
            <Field.Root name="locale">
              <Field.Label>{t('release.locale', 'Locale')}</Field.Label>
              <SingleSelect
                size="S"
                value={release.locale}
                onChange={(value: string | number) => setSearchParams({ locale: String(value) })}
              >
                {release.locales.map((entry) => (
                  <SingleSelectOption
                    key={entry.locale}
                    value={entry.locale}
                    disabled={entry.publication === 'missing'}
                  >
                    {entry.locale} — {t(`status.${entry.publication}`, entry.publication)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            {state && <StatusBadge status={state.publication} />}
            {state?.translation && state.translation !== 'current' && <StatusBadge status={state.translation} />}
          </Flex>
        }
        endActions={<ContentManagerLink uid={UIDS.release} documentId={documentId} locale={release.locale} />}
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              {release.summary && (
                <Box paddingBottom={4}>
                  <Typography variant="epsilon" tag="p">
                    {release.summary}
                  </Typography>
                </Box>
              )}
              <BodyPreview body={release.body} />
            </Box>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <QuoteList
                  quotes={release.quotes}
                  onAdd={(input) => saved(actions.addQuote(input))}
                  onEdit={(id, input) => saved(actions.updateQuote(id, input))}
                  onRemove={(id) => saved(actions.removeQuote(id)).catch(() => undefined)}
                  onReorder={(ids) => saved(actions.reorderQuotes(ids)).catch(() => undefined)}
                />
              </Box>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <DeploymentList
                  deployments={release.deployments}
                  onAdd={(input) => saved(actions.addDeployment(input))}
                  onEdit={(id, input) => saved(actions.updateDeployment(id, input))}
                  onRemove={(id) => saved(actions.removeDeployment(id)).catch(() => undefined)}
                />
              </Box>
            </Flex>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
