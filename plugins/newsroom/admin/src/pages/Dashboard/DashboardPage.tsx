import { Box, Button, EmptyStateLayout, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Earth, Plus, Upload } from '@strapi/icons';
import { Layouts, Page, useQueryParams } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { UIDS } from '../../../../shared/domain';
import { useErrorMessage } from '../../hooks/useErrorMessage';
import { useFocusHeading } from '../../hooks/useFocusHeading';
import { useReleasePermissions } from '../../hooks/useReleasePermissions';
import { useT } from '../../hooks/useT';
import { PLUGIN_ID } from '../../pluginId';
import { useGetNewsroomDashboardQuery } from '../../services/releases';
import { fieldErrors } from '../../utils/api-errors';
import { Counts } from './components/Counts';
import { DashboardFilters } from './components/DashboardFilters';
import { ReleasesTable } from './components/ReleasesTable';
import { dashboardRequest, type DashboardFilters as Filters } from './dashboard-query';

/** Newest releases with their state in every locale, counts, search and filters (all in the URL). */
export const DashboardPage = () => {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { canCompose } = useReleasePermissions();
  const [{ query: filters }, setQuery] = useQueryParams<Filters>();
  const { query, problems } = dashboardRequest(filters);
  const { data, error, isFetching } = useGetNewsroomDashboardQuery(query);
  useFocusHeading(true);

  /** Filters change the URL (shareable, kept on reload and Back); a new filter goes back to page 1. */
  const change = (patch: Filters, replace = false) => {
    const next: Filters = { ...patch, page: undefined };
    for (const [key, value] of Object.entries(next)) {
      if (key === 'search' && typeof value === 'string') next.search = encodeURIComponent(value);
    }
    setQuery(next, 'push', replace);
  };
  const goTo = (page: number) => setQuery({ page: String(page) });

  const serverErrors = error ? fieldErrors(error) : {};
  const errors = {
    ...serverErrors,
    ...(problems.from ? { from: t('dashboard.error.invalidDate', 'Enter a complete date') } : {}),
    ...(problems.to === 'invalid' ? { to: t('dashboard.error.invalidDate', 'Enter a complete date') } : {}),
    ...(problems.to === 'beforeFrom'
      ? { to: t('dashboard.error.beforeFrom', 'Must be on or after “Issued from”') }
      : {}),
  };
  const generalError = error && Object.keys(serverErrors).length === 0 ? errorMessage(error) : undefined;
  const locales = data?.meta.locales ?? [];
  const shownLocales = query.locale ? locales.filter((code) => code === query.locale) : locales;
  const page = Number(query.page);
  const pageCount = data?.meta.pagination.pageCount ?? 0;

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name', 'Newsroom')}</Page.Title>
      <Layouts.Header
        title={t('plugin.name', 'Newsroom')}
        subtitle={t('dashboard.subtitle', 'Press releases in every language')}
        primaryAction={
          <Flex gap={2}>
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/translations`} variant="tertiary" startIcon={<Earth />}>
              {t('translations.title', 'Translations')}
            </LinkButton>
            {canCompose && (
              <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/import`} variant="secondary" startIcon={<Upload />}>
                {t('import.title', 'Import from text')}
              </LinkButton>
            )}
            {canCompose && (
              <LinkButton tag={Link} to={`/content-manager/collection-types/${UIDS.release}/create`} startIcon={<Plus />}>
                {t('dashboard.newRelease', 'New release')}
              </LinkButton>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {data && <Counts counts={data.meta.counts} locale={query.locale} />}
          <DashboardFilters filters={filters} locales={locales} errors={errors} onChange={change} />
          {generalError && (
            <Typography textColor="danger600" role="alert">
              {generalError}
            </Typography>
          )}
          {!data && isFetching ? (
            <Page.Loading />
          ) : (data?.data.length ?? 0) === 0 ? (
            <EmptyStateLayout content={t('dashboard.empty', 'No release matches. Import one from text to start.')} />
          ) : (
            <Box background="neutral0" shadow="tableShadow" hasRadius>
              <ReleasesTable releases={data?.data ?? []} locales={shownLocales} />
            </Box>
          )}
          {pageCount > 1 && (
            <Flex justifyContent="flex-end" gap={2}>
              <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('actions.previous', 'Previous')}
              </Button>
              <Typography variant="pi">
                {t('translations.page', 'Page {page} of {pages}', { page, pages: pageCount })}
              </Typography>
              <Button variant="tertiary" size="S" disabled={page >= pageCount} onClick={() => goTo(page + 1)}>
                {t('actions.next', 'Next')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
