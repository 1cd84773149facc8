import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Pencil, Plus, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { ConfirmAction } from '../../../components/ConfirmAction';
import { SectionHeader } from '../../../components/SectionHeader';
import { useT } from '../../../hooks/useT';
import type { ComposerDeployment, DeploymentInput } from '../../../services/releases';
import { formatDay } from '../../../utils/dates';
import { DeploymentForm } from './DeploymentForm';

interface DeploymentListProps {
  deployments: ComposerDeployment[];
  locale: string;
  localeLabel: string;
  canCompose: boolean;
  onAdd: (input: DeploymentInput) => Promise<void>;
  onEdit: (deploymentId: string, input: DeploymentInput) => Promise<void>;
  onRemove: (deploymentId: string) => Promise<void>;
}

/**
 * The deployments the release reports. Content (mission, unit, personnel as a reader of the
 * release's locale says it) is in the content's language; the status label and dates are the
 * interface's (one line never mixes both).
 */
export const DeploymentList = (props: DeploymentListProps) => {
  const { deployments, locale, localeLabel, canCompose, onAdd, onEdit, onRemove } = props;
  const t = useT();
  const { locale: uiLocale } = useIntl();
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      tag="section"
      aria-label={t('release.deployments', 'Deployments')}
    >
      <SectionHeader
        title={t('release.deployments', 'Deployments')}
        count={deployments.length}
        action={
          canCompose && (
            <DeploymentForm
              title={t('release.addDeploymentIn', 'Add a deployment — {locale}', { locale: localeLabel })}
              locale={locale}
              trigger={
                <Button variant="secondary" size="S" startIcon={<Plus />}>
                  {t('release.addDeployment', 'Add a deployment')}
                </Button>
              }
              onSubmit={onAdd}
            />
          )
        }
      />
      {deployments.length === 0 && (
        <Typography textColor="neutral600">{t('release.noDeployments', 'No deployment yet.')}</Typography>
      )}
      {deployments.map((deployment, index) => {
        const number = index + 1;
        // Named so that every deployment's buttons differ: mission, nation, unit (else its number).
        const name = [deployment.mission, deployment.contributingNationName, deployment.unit].filter(Boolean).join(' · ') || String(number);
        return (
          <Box key={deployment.documentId} padding={3} background="neutral100" hasRadius data-testid="deployment">
            <Flex justifyContent="space-between" alignItems="flex-start">
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold" lang={locale}>
                  {deployment.mission}
                  {deployment.contributingNationName ? ` · ${deployment.contributingNationName}` : ''}
                </Typography>
                {deployment.unit && (
                  <Typography variant="pi" lang={locale}>
                    {deployment.unit}
                  </Typography>
                )}
                <Typography variant="pi" lang={locale}>
                  {t('release.labelled', '{label}: {value}', { label: t('release.personnel', 'Personnel'), value: deployment.personnelText })}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('release.labelled', '{label}: {value}', {
                    label: t('deployment.status', 'Status'),
                    value: t(`deploymentStatus.${deployment.deploymentStatus}`, deployment.deploymentStatus.replace('_', ' ')),
                  })}
                  {deployment.arrivalDate
                    ? ` · ${t('release.labelled', '{label}: {value}', {
                        label: t('deployment.arrivalDate', 'Arrival date'),
                        value: formatDay(deployment.arrivalDate, uiLocale),
                      })}`
                    : ''}
                </Typography>
                {(deployment.durationNote || deployment.mandate) && (
                  <Typography variant="pi" textColor="neutral600" lang={locale}>
                    {[deployment.durationNote, deployment.mandate].filter(Boolean).join(' · ')}
                  </Typography>
                )}
              </Flex>
              {canCompose && (
                <Flex gap={1}>
                  <DeploymentForm
                    title={t('release.editDeploymentIn', 'Edit deployment {name} — {locale}', {
                      name,
                      locale: localeLabel,
                    })}
                    locale={locale}
                    deployment={deployment}
                    trigger={
                      <IconButton label={t('actions.editDeployment', 'Edit deployment {name}', { name })}>
                        <Pencil />
                      </IconButton>
                    }
                    onSubmit={(input) => onEdit(deployment.documentId, input)}
                  />
                  <ConfirmAction
                    title={t('release.removeDeploymentTitle', 'Remove deployment {name}?', { name })}
                    body={t(
                      'release.removeDeploymentBody',
                      'The deployment is unlinked from this release (deleted when no other release reports it).',
                    )}
                    confirmLabel={t('actions.remove', 'Remove')}
                    trigger={
                      <IconButton label={t('actions.removeDeployment', 'Remove deployment {name}', { name })}>
                        <Trash />
                      </IconButton>
                    }
                    onConfirm={() => onRemove(deployment.documentId)}
                  />
                </Flex>
              )}
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
