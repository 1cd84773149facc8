import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

interface FilterSelectProps {
  name: string;
  label: string;
  value: string;
  /** Shown when nothing is chosen; the filter can then be cleared back to ''. */
  placeholder?: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}

/** A small labelled select for list filters; clearable when it has a placeholder. */
export const FilterSelect = ({ name, label, value, placeholder, options, onChange }: FilterSelectProps) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect
      size="S"
      value={value}
      placeholder={placeholder}
      onClear={placeholder ? () => onChange('') : undefined}
      onChange={(next: string | number) => onChange(String(next))}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);
