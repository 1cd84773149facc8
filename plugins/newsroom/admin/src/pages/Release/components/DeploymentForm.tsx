import { Field, Grid, NumberInput, TextInput } from '@strapi/design-system';
import { useState, type ChangeEvent, type ReactNode } from 'react';

import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { DeploymentStatusSelect, PersonnelQualifierSelect } from '../../../components/VocabularySelects';
import { useT } from '../../../hooks/useT';
import type { ComposerDeployment, DeploymentInput } from '../../../services/releases';

interface DeploymentFormProps {
  trigger: ReactNode;
  /** Names the deployment and the locale edited. */
  title: string;
  locale: string;
  deployment?: ComposerDeployment;
  onSubmit: (input: DeploymentInput) => Promise<void>;
}

type Text = 'mission' | 'contributingNation' | 'unit' | 'location' | 'durationNote' | 'mandate';

const valuesOf = (deployment: ComposerDeployment | undefined): DeploymentInput => ({
  mission: deployment?.mission ?? '',
  contributingNation: deployment?.contributingNation ?? '',
  unit: deployment?.unit ?? '',
  personnelCount: deployment?.personnelCount ?? null,
  personnelQualifier: deployment?.personnelQualifier ?? 'exact',
  deploymentStatus: deployment?.deploymentStatus ?? 'announced',
  arrivalDate: deployment?.arrivalDate ?? '',
  location: deployment?.location ?? '',
  durationNote: deployment?.durationNote ?? '',
  mandate: deployment?.mandate ?? '',
});

/** Add or edit a deployment in one locale: mission, nation, unit, personnel, status, dates, mandate. */
export const DeploymentForm = ({ trigger, title, locale, deployment, onSubmit }: DeploymentFormProps) => {
  const t = useT();
  const [values, setValues] = useState<DeploymentInput>(() => valuesOf(deployment));
  const set = (key: keyof DeploymentInput, value: unknown) => setValues((previous) => ({ ...previous, [key]: value }));
  const text = (key: Text, label: string, col = 6) => (
    <Grid.Item col={col} direction="column" alignItems="stretch">
      <Field.Root name={key} required={key === 'mission'}>
        <Field.Label>{t(`deployment.${key}`, label)}</Field.Label>
        <TextInput
          value={(values[key] as string | null | undefined) ?? ''}
          onChange={(event: ChangeEvent<HTMLInputElement>) => set(key, event.target.value)}
        />
      </Field.Root>
    </Grid.Item>
  );

  const blankToNull = (value: unknown) => (value === '' ? null : value);
  const submit = () =>
    onSubmit(
      Object.fromEntries(
        Object.entries(values).map(([key, value]) => [key, blankToNull(value)]),
      ) as unknown as DeploymentInput,
    );

  return (
    <FormModal
      trigger={trigger}
      title={title}
      contentLocale={locale}
      canSave={Boolean(values.mission.trim())}
      onOpen={() => setValues(valuesOf(deployment))}
      onSave={submit}
    >
      <Grid.Root gap={4}>
        {text('mission', 'Mission')}
        {text('contributingNation', 'Contributing nation (ISO code, e.g. TR)')}
        {text('unit', 'Unit', 12)}
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <Field.Root name="personnelCount">
            <Field.Label>{t('deployment.personnelCount', 'Personnel')}</Field.Label>
            <NumberInput
              value={values.personnelCount ?? undefined}
              onValueChange={(value: number | undefined) => set('personnelCount', value ?? null)}
            />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <PersonnelQualifierSelect
            name="personnelQualifier"
            value={values.personnelQualifier ?? 'exact'}
            onChange={(value) => set('personnelQualifier', value)}
          />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <DeploymentStatusSelect
            name="deploymentStatus"
            value={values.deploymentStatus ?? 'announced'}
            onChange={(value) => set('deploymentStatus', value)}
          />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <DateField
            name="arrivalDate"
            label={t('deployment.arrivalDate', 'Arrival date')}
            value={values.arrivalDate ?? ''}
            clearLabel={t('actions.clear', 'Clear')}
            onChange={(day) => set('arrivalDate', day)}
          />
        </Grid.Item>
        {text('location', 'Location')}
        {text('durationNote', 'Duration')}
        {text('mandate', 'Mandate', 12)}
      </Grid.Root>
    </FormModal>
  );
};
