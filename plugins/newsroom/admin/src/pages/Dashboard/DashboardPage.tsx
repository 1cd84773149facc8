import {
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  LinkButton,
  Searchbar,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Plus, Earth } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState, type ChangeEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import { FilterSelect } from '../../components/FilterSelect';
import { useApi } from '../../hooks/useApi';
import { useT } from '../../hooks/useT';
import { PLUGIN_ID } from '../../pluginId';
import { dashboardUrl, type GetDashboard } from '../../services/dashboard';
import { Counts } from './components/Counts';
import { ReleasesTable } from './components/ReleasesTable';

const STATUSES = ['draft', 'published', 'modified', 'missing', 'outdated'] as const;

/** Newest releases with their state in every locale, counts, search and filters. */
export const DashboardPage = () => {
  const t = useT();
  const { locale: uiLocale } = useIntl();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [locale, setLocale] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, isLoading } = useApi<GetDashboard.Response>(
    dashboardUrl({ search, status, locale, from, to, page, pageSize: 20 }),
  );

  if (error && !data) {
    return (
      <Page.Main>
        <Layouts.Header title={t('plugin.name', 'Newsroom')} />
        <Layouts.Content>
          <EmptyStateLayout content={error} />
        </Layouts.Content>
      </Page.Main>
    );
  }

  const locales = data?.meta.locales ?? [];
  return (
    <Page.Main>
      <Page.Title>{t('plugin.name', 'Newsroom')}</Page.Title>
      <Layouts.Header
        title={t('plugin.name', 'Newsroom')}
        subtitle={t('dashboard.subtitle', 'Press releases in every language')}
        primaryAction={
          <Flex gap={2}>
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/translations`} variant="secondary" startIcon={<Earth />}>
              {t('translations.title', 'Translations')}
            </LinkButton>
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/import`} startIcon={<Plus />}>
              {t('import.title', 'Import from text')}
            </LinkButton>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {data && <Counts counts={data.meta.counts} />}
          <Flex gap={3} alignItems="flex-end" wrap="wrap">
            <Box minWidth="260px">
              <Searchbar
                name="search"
                value={search}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  setSearch(event.target.value);
                  setPage(1);
                }}
                onClear={() => setSearch('')}
                clearLabel={t('actions.clear', 'Clear')}
                placeholder={t('dashboard.search', 'Search titles')}
              >
                {t('dashboard.search', 'Search titles')}
              </Searchbar>
            </Box>
            <FilterSelect
              name="status"
              label={t('dashboard.filter.status', 'Status')}
              value={status}
              placeholder={t('dashboard.filter.any', 'Any')}
              options={STATUSES.map((name) => ({ value: name, label: t(`status.${name}`, name) }))}
              onChange={(value) => {
                setStatus(value);
                setPage(1);
              }}
            />
            <FilterSelect
              name="locale"
              label={t('dashboard.filter.locale', 'Locale')}
              value={locale}
              placeholder={t('dashboard.filter.allLocales', 'All locales')}
              options={locales.map((code) => ({ value: code, label: code }))}
              onChange={(value) => {
                setLocale(value);
                setPage(1);
              }}
            />
            <Field.Root name="from">
              <Field.Label>{t('dashboard.filter.from', 'Issued from')}</Field.Label>
              <TextInput
                size="S"
                type="date"
                value={from}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  setFrom(event.target.value);
                  setPage(1);
                }}
              />
            </Field.Root>
            <Field.Root name="to">
              <Field.Label>{t('dashboard.filter.to', 'Issued to')}</Field.Label>
              <TextInput
                size="S"
                type="date"
                value={to}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  setTo(event.target.value);
                  setPage(1);
                }}
              />
            </Field.Root>
          </Flex>
          {error && (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          )}
          {isLoading && !data ? (
            <Page.Loading />
          ) : (data?.data.length ?? 0) === 0 ? (
            <EmptyStateLayout content={t('dashboard.empty', 'No release matches. Import one from text to start.')} />
          ) : (
            <Box background="neutral0" shadow="tableShadow" hasRadius>
              <ReleasesTable releases={data?.data ?? []} locales={locales} uiLocale={uiLocale} />
            </Box>
          )}
          {(data?.meta.pagination.pageCount ?? 0) > 1 && (
            <Flex justifyContent="flex-end" gap={2}>
              <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                {t('actions.previous', 'Previous')}
              </Button>
              <Typography variant="pi">
                {t('translations.page', 'Page {page} of {pages}', {
                  page,
                  pages: data?.meta.pagination.pageCount ?? 1,
                })}
              </Typography>
              <Button
                variant="tertiary"
                size="S"
                disabled={page >= (data?.meta.pagination.pageCount ?? 1)}
                onClick={() => setPage((p) => p + 1)}
              >
                {t('actions.next', 'Next')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
