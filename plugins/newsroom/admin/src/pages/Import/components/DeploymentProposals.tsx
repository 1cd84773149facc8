import { Box, Field, Flex, Grid, IconButton, NumberInput, TextInput, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { ChangeEvent } from 'react';

import { DeploymentStatusSelect, PersonnelQualifierSelect } from '../../../components/VocabularySelects';
import { SectionHeader } from '../../../components/SectionHeader';
import { useT } from '../../../hooks/useT';
import { UncertainMark } from './UncertainMark';
import type { ImportDeploymentProposal } from '../../../services/releases';

interface DeploymentProposalsProps {
  deployments: ImportDeploymentProposal[];
  onChange: (deployments: ImportDeploymentProposal[]) => void;
}

type TextKey = 'mission' | 'contributingNation' | 'unit' | 'arrivalDate' | 'location' | 'durationNote' | 'mandate';

/** The deployments found in the text, each with the sentence it came from, to correct or drop. */
export const DeploymentProposals = ({ deployments, onChange }: DeploymentProposalsProps) => {
  const t = useT();
  const update = (index: number, patch: Partial<ImportDeploymentProposal>) =>
    onChange(deployments.map((deployment, i) => (i === index ? { ...deployment, ...patch } : deployment)));
  const isUncertain = (index: number, key: string): boolean =>
    (deployments[index]?.uncertain as readonly string[] | undefined)?.includes(key) ?? false;
  /** An edited value is the editor's own: no longer marked. */
  const settled = (index: number, key: string) => (deployments[index]?.uncertain ?? []).filter((field) => field !== key);
  const text = (index: number, key: TextKey, label: string, col: number) => (
    <Grid.Item col={col} direction="column" alignItems="stretch">
      <Field.Root name={`deployments.${index}.${key}`}>
        <Field.Label>
          {t(`deployment.${key}`, label)}
          {isUncertain(index, key) && <UncertainMark />}
        </Field.Label>
        <TextInput
          type={key === 'arrivalDate' ? 'date' : 'text'}
          value={(deployments[index]?.[key] as string | null | undefined) ?? ''}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            update(index, { [key]: event.target.value || null, uncertain: settled(index, key) })
          }
        />
      </Field.Root>
    </Grid.Item>
  );
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      tag="section"
      aria-label={t('import.deployments', 'Deployments')}
    >
      <SectionHeader title={t('import.deployments', 'Deployments')} count={deployments.length} />
      {deployments.map((deployment, index) => (
        <Box key={index} padding={3} background="neutral100" hasRadius data-testid="proposed-deployment">
          <Typography variant="pi" textColor="neutral600" tag="p">
            “{deployment.sourceText}”
          </Typography>
          <Grid.Root gap={3} paddingTop={2}>
            {text(index, 'mission', 'Mission', 3)}
            {text(index, 'contributingNation', 'Nation (ISO)', 3)}
            {text(index, 'unit', 'Unit', 6)}
            <Grid.Item col={3} direction="column" alignItems="stretch">
              <Field.Root name={`deployments.${index}.personnelCount`}>
                <Field.Label>{t('deployment.personnelCount', 'Personnel')}</Field.Label>
                <NumberInput
                  value={deployment.personnelCount ?? undefined}
                  onValueChange={(value: number | undefined) => update(index, { personnelCount: value ?? null })}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={3} direction="column" alignItems="stretch">
              <PersonnelQualifierSelect
                name={`deployments.${index}.personnelQualifier`}
                value={deployment.personnelQualifier ?? 'exact'}
                onChange={(value) => update(index, { personnelQualifier: value })}
              />
            </Grid.Item>
            <Grid.Item col={3} direction="column" alignItems="stretch">
              <DeploymentStatusSelect
                name={`deployments.${index}.deploymentStatus`}
                value={deployment.deploymentStatus ?? 'announced'}
                onChange={(value) => update(index, { deploymentStatus: value, uncertain: settled(index, 'deploymentStatus') })}
              />
              {isUncertain(index, 'deploymentStatus') && <UncertainMark withText />}
            </Grid.Item>
            {text(index, 'arrivalDate', 'Arrival date', 3)}
            {text(index, 'location', 'Location', 4)}
            {text(index, 'durationNote', 'Duration', 4)}
            {text(index, 'mandate', 'Mandate', 3)}
            <Grid.Item col={1} direction="column" alignItems="flex-end" justifyContent="flex-end">
              <IconButton
                label={t('import.dropDeployment', 'Drop this deployment')}
                onClick={() => onChange(deployments.filter((_, i) => i !== index))}
              >
                <Trash />
              </IconButton>
            </Grid.Item>
          </Grid.Root>
        </Box>
      ))}
    </Flex>
  );
};
