import { Box, Field, Flex, Grid, Link, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useParams, useSearchParams } from 'react-router-dom';

import { UIDS } from '../../../../shared/domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ContentManagerLink } from '../../components/ContentManagerLink';
import { StatusBadge } from '../../components/StatusBadge';
import { useErrorMessage } from '../../hooks/useErrorMessage';
import { useFocusHeading } from '../../hooks/useFocusHeading';
import { useReleasePermissions } from '../../hooks/useReleasePermissions';
import { useT } from '../../hooks/useT';
import { PLUGIN_ID } from '../../pluginId';
import { useNewsroomGetComposerReleaseQuery } from '../../services/releases';
import { conflictOf, type ConflictChange } from '../../utils/api-errors';
import { formatDay } from '../../utils/dates';
import { localeName } from '../../utils/locale-name';
import { BodyPreview } from './components/BodyPreview';
import { DeploymentList } from './components/DeploymentList';
import { PublishActions } from './components/PublishActions';
import { QuoteList } from './components/QuoteList';
import { useComposerWrites } from './useComposerWrites';

/** One release in one locale: its body beside its quotes and deployments, edited in place, published per locale. */
export const ReleasePage = () => {
  const t = useT();
  const { locale: uiLocale } = useIntl();
  const { documentId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const locale = searchParams.get('locale') ?? undefined;
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { canCompose, canPublish } = useReleasePermissions();
  const { data: release, error, isLoading, refetch } = useNewsroomGetComposerReleaseQuery({ documentId, locale });
  const [conflict, setConflict] = useState<ConflictChange[] | null>(null);
  useFocusHeading(Boolean(release));

  const writes = useComposerWrites(release);
  /** Runs a write; on 409 shows what changed, otherwise the server's message. Rejects so forms stay open. */
  const run = (message: string) => async (work: () => Promise<unknown>) => {
    try {
      await work();
      toggleNotification({ type: 'success', message });
    } catch (failure) {
      const stale = conflictOf(failure);
      if (stale) setConflict(stale.changes);
      else toggleNotification({ type: 'danger', message: errorMessage(failure) });
      throw failure;
    }
  };
  const saved = run(t('release.saved', 'Saved'));

  if (isLoading && !release) return <Page.Loading />;
  if (!release) {
    return (
      <Page.Main>
        <Layouts.Header
          navigationAction={<BackLink />}
          title={t('release.notFound', 'Release not available')}
          subtitle={error ? errorMessage(error) : undefined}
        />
      </Page.Main>
    );
  }

  const state = release.locales.find((entry) => entry.locale === release.locale);
  const localeLabel = `${localeName(release.locale, uiLocale)} (${release.locale})`;
  const issued = formatDay(release.issuedAt, uiLocale);

  return (
    <Page.Main>
      <Page.Title>{release.title}</Page.Title>
      <Layouts.Header
        navigationAction={<BackLink />}
        title={release.title}
        subtitle={
          <Typography variant="epsilon" textColor="neutral600" tag="p">
            {release.place && <span lang={release.locale}>{release.place}</span>}
            {release.place && issued ? ' · ' : ''}
            {issued}
          </Typography>
        }
        primaryAction={
          canPublish && (
            <PublishActions
              publication={state?.publication}
              localeLabel={localeLabel}
              onPublish={() => run(t('release.published', 'Published'))(writes.publish)}
              onUnpublish={() => run(t('release.unpublished', 'Unpublished'))(writes.unpublish)}
            />
          )
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
                  <SingleSelectOption key={entry.locale} value={entry.locale} disabled={entry.publication === 'missing'}>
                    {localeName(entry.locale, uiLocale)} ({entry.locale}) — {t(`status.${entry.publication}`, entry.publication)}
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
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius lang={release.locale}>
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
                  locale={release.locale}
                  localeLabel={localeLabel}
                  canCompose={canCompose}
                  onAdd={(input) => saved(() => writes.addQuote(input))}
                  onEdit={(id, input) => saved(() => writes.updateQuote(id, input))}
                  onRemove={(id) => saved(() => writes.removeQuote(id))}
                  onReorder={(ids) => saved(() => writes.reorderQuotes(ids)).catch(() => undefined)}
                />
              </Box>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <DeploymentList
                  deployments={release.deployments}
                  locale={release.locale}
                  localeLabel={localeLabel}
                  canCompose={canCompose}
                  onAdd={(input) => saved(() => writes.addDeployment(input))}
                  onEdit={(id, input) => saved(() => writes.updateDeployment(id, input))}
                  onRemove={(id) => saved(() => writes.removeDeployment(id))}
                />
              </Box>
            </Flex>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
      <ConflictDialog
        changes={conflict}
        onClose={() => setConflict(null)}
        onReload={() => {
          setConflict(null);
          void refetch();
        }}
      />
    </Page.Main>
  );
};

const BackLink = () => {
  const t = useT();
  return (
    <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}`} startIcon={<ArrowLeft />}>
      {t('actions.backToReleases', 'Back to releases')}
    </Link>
  );
};
