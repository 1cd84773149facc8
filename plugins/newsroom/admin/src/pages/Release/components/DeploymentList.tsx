import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Pencil, Plus, Trash } from '@strapi/icons';

import { SectionHeader } from '../../../components/SectionHeader';
import { useT } from '../../../hooks/useT';
import type { ComposerDeployment, DeploymentInput } from '../../../services/dashboard';
import { DeploymentForm } from './DeploymentForm';

interface DeploymentListProps {
  deployments: ComposerDeployment[];
  onAdd: (input: DeploymentInput) => Promise<void>;
  onEdit: (deploymentId: string, input: DeploymentInput) => Promise<void>;
  onRemove: (deploymentId: string) => Promise<void>;
}

/** The deployments the release reports, personnel as a reader of this locale says it. */
export const DeploymentList = ({ deployments, onAdd, onEdit, onRemove }: DeploymentListProps) => {
  const t = useT();
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
          <DeploymentForm
            title={t('release.addDeployment', 'Add a deployment')}
            trigger={
              <Button variant="secondary" size="S" startIcon={<Plus />}>
                {t('release.addDeployment', 'Add a deployment')}
              </Button>
            }
            onSubmit={onAdd}
          />
        }
      />
      {deployments.length === 0 && (
        <Typography textColor="neutral600">{t('release.noDeployments', 'No deployment yet.')}</Typography>
      )}
      {deployments.map((deployment) => (
        <Box key={deployment.documentId} padding={3} background="neutral100" hasRadius data-testid="deployment">
          <Flex justifyContent="space-between" alignItems="flex-start">
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography fontWeight="semiBold">
                {deployment.mission}
                {deployment.contributingNationName ? ` · ${deployment.contributingNationName}` : ''}
              </Typography>
              {deployment.unit && <Typography variant="pi">{deployment.unit}</Typography>}
              <Typography variant="pi">
                {deployment.personnelText} ·{' '}
                {t(`deploymentStatus.${deployment.deploymentStatus}`, deployment.deploymentStatus.replace('_', ' '))}
                {deployment.arrivalDate ? ` · ${deployment.arrivalDate}` : ''}
              </Typography>
              {(deployment.durationNote || deployment.mandate) && (
                <Typography variant="pi" textColor="neutral600">
                  {[deployment.durationNote, deployment.mandate].filter(Boolean).join(' · ')}
                </Typography>
              )}
            </Flex>
            <Flex gap={1}>
              <DeploymentForm
                title={t('release.editDeployment', 'Edit the deployment')}
                deployment={deployment}
                trigger={
                  <IconButton label={t('actions.edit', 'Edit')}>
                    <Pencil />
                  </IconButton>
                }
                onSubmit={(input) => onEdit(deployment.documentId, input)}
              />
              <IconButton label={t('actions.remove', 'Remove')} onClick={() => onRemove(deployment.documentId)}>
                <Trash />
              </IconButton>
            </Flex>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
