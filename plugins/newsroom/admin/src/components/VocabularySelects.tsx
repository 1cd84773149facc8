import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import {
  DEPLOYMENT_STATUSES,
  PERSONNEL_QUALIFIERS,
  type DeploymentStatus,
  type PersonnelQualifier,
} from '../../../shared/domain';
import { useT } from '../hooks/useT';

interface SelectProps<T> {
  name: string;
  value: T;
  onChange: (value: T) => void;
}

/** How a personnel figure was stated: exactly, around, more than, up to, unknown. */
export const PersonnelQualifierSelect = ({ name, value, onChange }: SelectProps<PersonnelQualifier>) => {
  const t = useT();
  return (
    <Field.Root name={name}>
      <Field.Label>{t('deployment.personnelQualifier', 'Stated as')}</Field.Label>
      <SingleSelect value={value} onChange={(next: string | number) => onChange(next as PersonnelQualifier)}>
        {PERSONNEL_QUALIFIERS.map((qualifier) => (
          <SingleSelectOption key={qualifier} value={qualifier}>
            {t(`qualifier.${qualifier}`, qualifier.replace('_', ' '))}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};

/** Where a deployment stands: announced, on alert, deploying, deployed, withdrawn. */
export const DeploymentStatusSelect = ({ name, value, onChange }: SelectProps<DeploymentStatus>) => {
  const t = useT();
  return (
    <Field.Root name={name}>
      <Field.Label>{t('deployment.status', 'Status')}</Field.Label>
      <SingleSelect value={value} onChange={(next: string | number) => onChange(next as DeploymentStatus)}>
        {DEPLOYMENT_STATUSES.map((status) => (
          <SingleSelectOption key={status} value={status}>
            {t(`deploymentStatus.${status}`, status.replace('_', ' '))}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
