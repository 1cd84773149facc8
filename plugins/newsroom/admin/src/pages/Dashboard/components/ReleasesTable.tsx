import { Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { ContentManagerLink } from '../../../components/ContentManagerLink';
import { StatusBadge } from '../../../components/StatusBadge';
import { UIDS } from '../../../../../shared/domain';
import { useT } from '../../../hooks/useT';
import { PLUGIN_ID } from '../../../pluginId';
import type { DashboardRelease } from '../../../services/releases';
import { formatDay } from '../../../utils/dates';

/** Newest releases, each locale's publication and translation state side by side. */
export const ReleasesTable = ({
  releases,
  locales,
}: {
  releases: DashboardRelease[];
  locales: string[];
}) => {
  const t = useT();
  const { locale: uiLocale } = useIntl();
  return (
    <Table colCount={locales.length + 2} rowCount={releases.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('dashboard.release', 'Release')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('dashboard.issued', 'Issued')}</Typography>
          </Th>
          {locales.map((locale) => (
            <Th key={locale}>
              <Typography variant="sigma">{locale}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {releases.map((release) => (
          <Tr key={release.documentId}>
            <Td>
              <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}/releases/${release.documentId}`}>
                <Typography fontWeight="semiBold" ellipsis lang={release.sourceLocale} style={{ maxWidth: 420, display: 'block' }}>
                  {release.title}
                </Typography>
              </Link>
            </Td>
            <Td>
              <Typography>{formatDay(release.issuedAt, uiLocale) || '—'}</Typography>
            </Td>
            {locales.map((locale) => {
              const state = release.locales.find((entry) => entry.locale === locale);
              return (
                <Td key={locale}>
                  {state && (
                    <Flex gap={1} wrap="wrap">
                      <StatusBadge status={state.publication} />
                      {state.translation && state.translation !== 'current' && state.publication !== 'missing' && (
                        <StatusBadge status={state.translation} />
                      )}
                    </Flex>
                  )}
                </Td>
              );
            })}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
