export interface FoundDate {
  /** YYYY-MM-DD. */
  iso: string;
  index: number;
  end: number;
  /** False when the text gave day and month only and the year came from the reference year. */
  hasYear: boolean;
}

// prettier-ignore
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
  // French, as releases write them ("3 mai 2024", "1er octobre 2025").
  janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, 'décembre': 12, decembre: 12,
};

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|' +
  '[Jj]anvier|[Ff][ée]vrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]o[ûu]t|[Ss]eptembre|[Oo]ctobre|' +
  '[Nn]ovembre|[Dd][ée]cembre)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?';

/** One alternative per written form; groups are read by position in `readMatch`. */
const DATE = new RegExp(
  [
    `\\b${DAY} (${MONTH})\\.?,? (\\d{4})\\b`, // 13 June 2023
    `\\b(${MONTH})\\.? ${DAY},? (\\d{4})\\b`, // June 13, 2023
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, // 2023-06-13
    `\\b(\\d{1,2})([/.])(\\d{1,2})\\11(\\d{4})\\b`, // 13/06/2023, 13.06.2023 (day first)
    `\\b${DAY} (${MONTH})(?![\\p{L}])`, // 5 June
    `\\b(${MONTH})\\.? ${DAY}\\b`, // June 5
  ].join('|'),
  'gu',
);

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD for a real calendar day, else null (31 February, month 13, year 0). */
export const isoDate = (year: number, month: number, day: number): string | null => {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
};

const monthNumber = (name: string | undefined): number => MONTHS[(name ?? '').toLowerCase()] ?? 0;

interface Parts {
  year: number | null;
  month: number;
  day: number;
}

const readMatch = (g: ReadonlyArray<string | undefined>): Parts | null => {
  const n = (i: number): number => Number(g[i] ?? NaN);
  if (g[1] !== undefined) return { day: n(1), month: monthNumber(g[2]), year: n(3) };
  if (g[4] !== undefined) return { month: monthNumber(g[4]), day: n(5), year: n(6) };
  if (g[7] !== undefined) return { year: n(7), month: n(8), day: n(9) };
  if (g[10] !== undefined) return { day: n(10), month: n(12), year: n(13) };
  if (g[14] !== undefined) return { day: n(14), month: monthNumber(g[15]), year: null };
  if (g[16] !== undefined) return { month: monthNumber(g[16]), day: n(17), year: null };
  return null;
};

/**
 * Every date written in `text`, in order. Dates without a year take `referenceYear`, or are
 * skipped when there is none. Impossible dates are skipped.
 */
export const findDates = (text: string, referenceYear: number | null = null): FoundDate[] => {
  const found: FoundDate[] = [];
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match; match = DATE.exec(text)) {
    const parts = readMatch(match);
    if (!parts) continue;
    const year = parts.year ?? referenceYear;
    const iso = year === null ? null : isoDate(year, parts.month, parts.day);
    if (iso) {
      found.push({ iso, index: match.index, end: match.index + match[0].length, hasYear: parts.year !== null });
    }
  }
  return found;
};

/** The year of a YYYY-MM-DD string, or null. */
export const yearOf = (iso: string | null | undefined): number | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return null;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3])) ? Number(match[1]) : null;
};
