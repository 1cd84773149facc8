import { DatePicker, Field } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { dateToDay, dayToDate } from '../utils/dates';

interface DateFieldProps {
  name: string;
  label: string;
  /** YYYY-MM-DD or ''. */
  value: string;
  /** Called with a complete day (YYYY-MM-DD) or '' when cleared: never with a half-typed date. */
  onChange: (day: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  size?: 'S' | 'M';
  clearLabel: string;
}

/** A day, typed and shown in the interface's locale format (DS DatePicker), its error at the field. */
export const DateField = ({ name, label, value, onChange, error, hint, required, size, clearLabel }: DateFieldProps) => {
  const { locale } = useIntl();
  return (
    <Field.Root name={name} error={error} hint={hint} required={required}>
      <Field.Label>{label}</Field.Label>
      <DatePicker
        locale={locale}
        size={size}
        value={dayToDate(value)}
        clearLabel={clearLabel}
        onChange={(date: Date | undefined) => onChange(dateToDay(date))}
        onClear={() => onChange('')}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};
