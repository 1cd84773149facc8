const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a complete, real calendar day written YYYY-MM-DD (not "0202-" half-typed, not 2023-02-30). */
export const isCompleteDay = (value: string): boolean => {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A YYYY-MM-DD day as a local Date at noon (what the date picker shows), or undefined. */
export const dayToDate = (value: string | null | undefined): Date | undefined => {
  if (!value || !isCompleteDay(value.slice(0, 10))) return undefined;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
};

/** The local calendar day of a picked Date as YYYY-MM-DD ('' for none). */
export const dateToDay = (date: Date | undefined | null): string => {
  if (!date || Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A date (ISO day or date-time) in the interface's locale format, e.g. "13 juin 2023"; '' for none. */
export const formatDay = (value: string | null | undefined, uiLocale: string): string => {
  const date = dayToDate(value ?? undefined);
  return date ? new Intl.DateTimeFormat(uiLocale, { dateStyle: 'long' }).format(date) : '';
};
