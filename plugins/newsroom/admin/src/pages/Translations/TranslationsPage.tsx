import { Box, Button, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';

import { FilterSelect } from '../../components/FilterSelect';
import { useApi } from '../../hooks/useApi';
import { useLocales } from '../../hooks/useLocales';
import { useT } from '../../hooks/useT';
import { matrixUrl, type GetTranslationMatrix, type TranslatedType } from '../../services/translations';
import { ExportControls } from './components/ExportControls';
import { ImportXliffModal } from './components/ImportXliffModal';
import { MatrixTable } from './components/MatrixTable';

const TYPES: TranslatedType[] = ['release', 'quote', 'deployment'];
const STATUSES = ['missing', 'outdated', 'current'] as const;

/** Every release, quote or deployment by locale, with its translation status, XLIFF export and import. */
export const TranslationsPage = () => {
  const t = useT();
  const { locales, defaultLocale, error: localesError } = useLocales();
  const [type, setType] = useState<TranslatedType>('release');
  const [locale, setLocale] = useState<string>('');
  const [status, setStatus] = useState<string>('');
  const [page, setPage] = useState(1);
  const { data, error, isLoading, reload } = useApi<GetTranslationMatrix.Response>(
    matrixUrl({ type, locale: locale || undefined, status: status || undefined, page }),
  );

  const targetLocales = locales.map((item) => item.code).filter((code) => code !== defaultLocale);
  const shownLocales = locale ? [locale] : targetLocales;
  const counts = STATUSES.map((name) => ({
    name,
    count: (data?.data ?? []).reduce(
      (sum, doc) => sum + doc.locales.filter((entry) => entry.status === name).length,
      0,
    ),
  }));

  if (error || localesError) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{t('translations.title', 'Translations')}</Page.Title>
      <Layouts.Header
        title={t('translations.title', 'Translations')}
        subtitle={t(
          'translations.subtitle',
          '{total} documents. On this page: {missing} missing, {outdated} outdated, {current} current',
          {
            total: data?.meta.pagination.total ?? 0,
            missing: counts[0]!.count,
            outdated: counts[1]!.count,
            current: counts[2]!.count,
          },
        )}
        primaryAction={
          <ImportXliffModal locales={targetLocales} defaultLocale={locale || targetLocales[0]} onImported={reload} />
        }
      />
      <Layouts.Action
        startActions={
          <Flex gap={3} alignItems="flex-end" wrap="wrap">
            <FilterSelect
              name="type"
              label={t('translations.filter.type', 'Type')}
              value={type}
              options={TYPES.map((name) => ({ value: name, label: t(`types.${name}`, name) }))}
              onChange={(value) => {
                setType(value as TranslatedType);
                setPage(1);
              }}
            />
            <FilterSelect
              name="locale"
              label={t('translations.filter.locale', 'Locale')}
              value={locale}
              placeholder={t('translations.filter.allLocales', 'All locales')}
              options={targetLocales.map((code) => ({ value: code, label: code }))}
              onChange={(value) => {
                setLocale(value);
                setPage(1);
              }}
            />
            <FilterSelect
              name="status"
              label={t('translations.filter.status', 'Status')}
              value={status}
              placeholder={t('translations.filter.anyStatus', 'Any status')}
              options={STATUSES.map((name) => ({ value: name, label: t(`status.${name}`, name) }))}
              onChange={(value) => {
                setStatus(value);
                setPage(1);
              }}
            />
          </Flex>
        }
        endActions={type === 'release' ? <ExportControls locale={locale || undefined} /> : undefined}
      />
      <Layouts.Content>
        {isLoading && !data ? (
          <Page.Loading />
        ) : (data?.data.length ?? 0) === 0 ? (
          <EmptyStateLayout content={t('translations.empty', 'Nothing matches these filters.')} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="neutral0" shadow="tableShadow" hasRadius>
              <MatrixTable documents={data?.data ?? []} locales={shownLocales} />
            </Box>
            {(data?.meta.pagination.pageCount ?? 0) > 1 && (
              <Flex justifyContent="space-between">
                <Typography variant="pi">
                  {t('translations.page', 'Page {page} of {pages}', {
                    page,
                    pages: data?.meta.pagination.pageCount ?? 1,
                  })}
                </Typography>
                <Flex gap={2}>
                  <Button
                    variant="tertiary"
                    size="S"
                    onClick={() => setPage((p) => Math.max(1, p - 1))}
                    disabled={page <= 1}
                  >
                    {t('actions.previous', 'Previous')}
                  </Button>
                  <Button
                    variant="tertiary"
                    size="S"
                    onClick={() => setPage((p) => p + 1)}
                    disabled={page >= (data?.meta.pagination.pageCount ?? 1)}
                  >
                    {t('actions.next', 'Next')}
                  </Button>
                </Flex>
              </Flex>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
