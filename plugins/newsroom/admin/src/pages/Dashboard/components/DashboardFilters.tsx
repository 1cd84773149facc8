import { Box, Flex, Searchbar } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import { DateField } from '../../../components/DateField';
import { FilterSelect } from '../../../components/FilterSelect';
import { useT } from '../../../hooks/useT';
import { localeName } from '../../../utils/locale-name';
import { STATUSES, type DashboardFilters as Filters } from '../dashboard-query';

interface DashboardFiltersProps {
  filters: Filters;
  locales: string[];
  /** Messages to show at each field (client checks and the server's 400 `details.errors`). */
  errors: Partial<Record<'search' | 'status' | 'locale' | 'from' | 'to', string>>;
  /** Sets some filters (undefined removes one) and goes back to page 1; `replace` while typing. */
  onChange: (patch: Filters, replace?: boolean) => void;
}

/** Search (titles, summaries, body, quotes, speakers, missions), status, locale and issued dates. */
export const DashboardFilters = ({ filters, locales, errors, onChange }: DashboardFiltersProps) => {
  const t = useT();
  const { locale: uiLocale } = useIntl();
  return (
    <Flex gap={3} alignItems="flex-start" wrap="wrap">
      <Box minWidth="300px" paddingTop={6}>
        <Searchbar
          name="search"
          value={filters.search ?? ''}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange({ search: event.target.value || undefined }, true)}
          onClear={() => onChange({ search: undefined })}
          clearLabel={t('actions.clear', 'Clear')}
          placeholder={t('dashboard.searchAll', 'Search titles, text, quotes, speakers, missions')}
        >
          {t('dashboard.searchAll', 'Search titles, text, quotes, speakers, missions')}
        </Searchbar>
      </Box>
      <FilterSelect
        name="status"
        label={t('dashboard.filter.status', 'Status')}
        value={filters.status ?? ''}
        placeholder={t('dashboard.filter.any', 'Any')}
        options={STATUSES.map((name) => ({ value: name, label: t(`status.${name}`, name) }))}
        onChange={(value) => onChange({ status: value || undefined })}
      />
      <FilterSelect
        name="locale"
        label={t('dashboard.filter.locale', 'Locale')}
        value={filters.locale ?? ''}
        placeholder={t('dashboard.filter.allLocales', 'All locales')}
        options={locales.map((code) => ({ value: code, label: `${localeName(code, uiLocale)} (${code})` }))}
        onChange={(value) => onChange({ locale: value || undefined })}
      />
      <DateField
        name="from"
        size="S"
        label={t('dashboard.filter.from', 'Issued from')}
        value={filters.from ?? ''}
        error={errors.from}
        clearLabel={t('actions.clear', 'Clear')}
        onChange={(from) => onChange({ from: from || undefined })}
      />
      <DateField
        name="to"
        size="S"
        label={t('dashboard.filter.to', 'Issued to')}
        value={filters.to ?? ''}
        error={errors.to}
        clearLabel={t('actions.clear', 'Clear')}
        onChange={(to) => onChange({ to: to || undefined })}
      />
    </Flex>
  );
};
