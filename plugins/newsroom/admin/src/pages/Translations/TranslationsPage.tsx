import { Box, Button, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useQueryParams } from '@strapi/strapi/admin';

import { FilterSelect } from '../../components/FilterSelect';
import { useLocales } from '../../hooks/useLocales';
import { useErrorMessage } from '../../hooks/useErrorMessage';
import { useT } from '../../hooks/useT';
import { useTranslationAccess } from '../../hooks/useTranslationAccess';
import { useGetTranslationMatrixQuery, type TranslatedType } from '../../services/translations';
import { ExportControls } from './components/ExportControls';
import { ImportXliffModal } from './components/ImportXliffModal';
import { MatrixTable } from './components/MatrixTable';

const TYPES: TranslatedType[] = ['release', 'quote', 'deployment'];
const STATUSES = ['missing', 'outdated', 'current'] as const;
type MatrixStatus = (typeof STATUSES)[number];

/** The page's filters, in the URL (shareable, kept on reload and Back). */
interface MatrixQuery {
  type?: string;
  locale?: string;
  status?: string;
  page?: string;
}

const isType = (value: unknown): value is TranslatedType => TYPES.includes(value as TranslatedType);
const isStatus = (value: unknown): value is MatrixStatus => STATUSES.includes(value as MatrixStatus);

/** Every release, quote or deployment by locale, with its translation status, XLIFF export and import. */
export const TranslationsPage = () => {
  const t = useT();
  const { locales, defaultLocale, error: localesError } = useLocales();
  const [{ query }, setQuery] = useQueryParams<MatrixQuery>();
  const type: TranslatedType = isType(query.type) ? query.type : 'release';
  const locale = typeof query.locale === 'string' ? query.locale : '';
  const status = isStatus(query.status) ? query.status : '';
  const page = Math.max(1, Number(query.page) || 1);
  const setFilter = (next: MatrixQuery) => setQuery({ ...query, ...next, page: '1' });
  const setPage = (next: number) => setQuery({ ...query, page: String(next) });
  const formatAPIError = useErrorMessage();
  const { data, error, isLoading } = useGetTranslationMatrixQuery({
    type,
    locale: locale || undefined,
    status: status || undefined,
    page,
  });
  const targetLocales = locales.map((item) => item.code).filter((code) => code !== defaultLocale);
  const shownLocales = locale ? [locale] : targetLocales;
  const counts = STATUSES.map((name) => ({
    name,
    count: (data?.data ?? []).reduce(
      (sum, doc) => sum + doc.locales.filter((entry) => entry.status === name).length,
      0,
    ),
  }));

  const access = useTranslationAccess(targetLocales);

  if (localesError) return <Page.Error />;

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
          access.canTranslate && access.editableLocales.length > 0 ? (
            <ImportXliffModal
              locales={access.editableLocales}
              defaultLocale={access.editableLocales.includes(locale) ? locale : access.editableLocales[0]}
            />
          ) : undefined
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
              onChange={(value) => setFilter({ type: value })}
            />
            <FilterSelect
              name="locale"
              label={t('translations.filter.locale', 'Locale')}
              value={locale}
              placeholder={t('translations.filter.allLocales', 'All locales')}
              options={targetLocales.map((code) => ({ value: code, label: code }))}
              onChange={(value) => setFilter({ locale: value || undefined })}
            />
            <FilterSelect
              name="status"
              label={t('translations.filter.status', 'Status')}
              value={status}
              placeholder={t('translations.filter.anyStatus', 'Any status')}
              options={STATUSES.map((name) => ({ value: name, label: t(`status.${name}`, name) }))}
              onChange={(value) => setFilter({ status: value || undefined })}
            />
          </Flex>
        }
        endActions={
          type === 'release' && access.canExport ? (
            <ExportControls
              locale={access.editableLocales.includes(locale) ? locale : undefined}
              status={status || undefined}
            />
          ) : undefined
        }
      />
      <Layouts.Content>
        {error ? (
          <EmptyStateLayout content={formatAPIError(error)} />
        ) : isLoading && !data ? (
          <Page.Loading />
        ) : (data?.data.length ?? 0) === 0 ? (
          <EmptyStateLayout content={t('translations.empty', 'Nothing matches these filters.')} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="neutral0" shadow="tableShadow" hasRadius>
              <MatrixTable
                documents={data?.data ?? []}
                locales={shownLocales}
                type={type}
                editableLocales={access.editableLocales}
              />
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
                    onClick={() => setPage(Math.max(1, page - 1))}
                    disabled={page <= 1}
                  >
                    {t('actions.previous', 'Previous')}
                  </Button>
                  <Button
                    variant="tertiary"
                    size="S"
                    onClick={() => setPage(page + 1)}
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
